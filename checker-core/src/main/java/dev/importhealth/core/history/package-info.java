/**
 * Where types went, as the project's git history shows it: renames and moves of {@code .java}
 * files, read with the {@code git} command (never written to), for {@code migrations suggest} and
 * for the IH101/IH103 messages. Without git, or outside a repository, the history is empty and
 * everything else works as before.
 */
package dev.importhealth.core.history;
