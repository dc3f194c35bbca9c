/**
 * Declarations as the test frameworks see them through reflection: types with their modifiers,
 * annotations (with their values), methods, parameters and fields, read alike from project
 * sources and from class files, with every type name already resolved. Rules that judge
 * fixtures, runners and extensions read these views; nothing here is ever loaded or run.
 */
package dev.importhealth.core.structure;
