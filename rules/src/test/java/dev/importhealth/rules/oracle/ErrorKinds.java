package dev.importhealth.rules.oracle;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of javac error, and which of them import-health must find. A kind is javac's
 * diagnostic code ({@code Diagnostic.getCode()}), refined in two places where one code covers
 * cases import-health treats differently:
 *
 * <ul>
 *   <li>{@code cant.apply.symbol(s)}: {@code [method arity]} when no candidate takes that many
 *       arguments, {@code [argument types]} when one does but the types do not fit, {@code
 *       [constructor]} for a constructor call;
 *   <li>a missing member on a receiver javac could only type by inference (an implicitly typed
 *       lambda parameter, {@code var}, a type variable, a generic method's result) gets the suffix
 *       {@code @inferred-receiver}; see {@link ReceiverTyping};
 *   <li>a missing variable or method looked up in a type (the receiver's, or an enclosing class
 *       for an unqualified name) that has a supertype javac could not resolve gets the suffix
 *       {@code @broken-hierarchy}: the member may be declared in the missing supertype.
 * </ul>
 *
 * Every kind the mutations produce must be in {@link #IN_SCOPE} or in {@link #NOT_COVERED}; an
 * unclassified kind fails the test, so a new kind of error is a decision, never a silent skip.
 */
final class ErrorKinds {

  static final String INFERRED_RECEIVER = "@inferred-receiver";
  static final String BROKEN_HIERARCHY = "@broken-hierarchy";
  static final String ARITY = "[method arity]";
  static final String ARGUMENT_TYPES = "[argument types]";
  static final String CONSTRUCTOR = "[constructor]";

  /** What IH101-IH105 promise to find: every error of these kinds needs a matching finding. */
  static final Set<String> IN_SCOPE = Set.of(
      // cannot find symbol: a type, variable, method or static import member that is not there
      "compiler.err.cant.resolve",
      "compiler.err.cant.resolve.args",
      "compiler.err.cant.resolve.location",
      "compiler.err.cant.resolve.location.args",
      "compiler.err.cant.resolve.location.args.params",
      // package ... does not exist
      "compiler.err.doesnt.exist",
      // no method of that name takes that many arguments (IH105 checks arity, varargs included)
      "compiler.err.cant.apply.symbol" + ARITY,
      "compiler.err.cant.apply.symbols" + ARITY,
      // Type::missing or variable::missing
      "compiler.err.invalid.mref[cannot find symbol]",
      // `case GONE:` in a switch on an enum: javac 17's error for a constant the enum lacks; the
      // selector's type is known here, so the label names a missing member of a known type
      "compiler.err.enum.label.must.be.unqualified.enum");

  /**
   * Errors import-health deliberately does not report, each with the reason. They follow from
   * a mutation but are about types, overriding or inference, not about a name that is missing.
   */
  static final Map<String, String> NOT_COVERED = Map.ofEntries(
      // Overriding and implementing: the names all exist, the override relation broke.
      Map.entry("compiler.err.method.does.not.override.superclass",
          "@Override on a method that no longer overrides anything: about overriding, not a missing name"),
      Map.entry("compiler.err.does.not.override.abstract",
          "a class no longer implements an abstract method that was renamed or changed: about overriding"),
      Map.entry("compiler.err.static.imp.only.classes.and.interfaces",
          "javac's second error on a static import whose class is missing; its first, 'cannot find symbol',"
              + " is on the same line and in scope"),
      Map.entry("compiler.err.already.defined",
          "removing a parameter made two overloads clash: a duplicate declaration, not a missing name"),
      // Type checking: the name resolves, but to something of another type or in another context.
      Map.entry("compiler.err.prob.found.req",
          "incompatible types (including lambdas and method references that no longer fit): type checking"),
      Map.entry("compiler.err.cant.apply.symbol" + ARGUMENT_TYPES,
          "a method takes that many arguments but not of those types: import-health checks arity only"),
      Map.entry("compiler.err.cant.apply.symbols" + ARGUMENT_TYPES,
          "an overload takes that many arguments but not of those types: import-health checks arity only"),
      Map.entry("compiler.err.cant.apply.symbol" + CONSTRUCTOR,
          "constructor arity and argument types: IH105 checks methods, not constructors"),
      Map.entry("compiler.err.cant.apply.symbols" + CONSTRUCTOR,
          "constructor arity and argument types: IH105 checks methods, not constructors"),
      Map.entry("compiler.err.non-static.cant.be.ref",
          "a renamed name now resolves to an outer instance member from a static context: the name exists"),
      Map.entry("compiler.err.cant.assign.val.to.final.var",
          "a renamed field now resolves to an outer final field: the name exists, the assignment is illegal"),
      Map.entry("compiler.err.operator.cant.be.applied",
          "a renamed field now resolves to an outer field of another type: an operator type error"),
      // Inference: import-health never types a receiver that needs it (see ReceiverTyping).
      Map.entry("compiler.err.cant.resolve.location" + INFERRED_RECEIVER,
          "missing field on a receiver javac typed by inference (lambda parameter, var, type variable)"),
      Map.entry("compiler.err.cant.resolve.location.args" + INFERRED_RECEIVER,
          "missing method on a receiver javac typed by inference (lambda parameter, var, generic result)"),
      Map.entry("compiler.err.cant.apply.symbol" + ARITY + INFERRED_RECEIVER,
          "wrong arity on a receiver javac typed by inference"),
      Map.entry("compiler.err.cant.apply.symbols" + ARITY + INFERRED_RECEIVER,
          "wrong arity on a receiver javac typed by inference"),
      Map.entry("compiler.err.invalid.mref[cannot find symbol]" + INFERRED_RECEIVER,
          "method reference on a receiver javac typed by inference"),
      // Cascades of a missing supertype: the supertype itself is an error import-health must find
      // (IH101/IH103 on the extends or implements clause or its import); by policy it never
      // asserts a member missing from a hierarchy with an unknown part, so each use stays silent.
      Map.entry("compiler.err.cant.resolve" + BROKEN_HIERARCHY,
          "member of a type whose supertype is missing: reported once, at the supertype"),
      Map.entry("compiler.err.cant.resolve.args" + BROKEN_HIERARCHY,
          "method of a type whose supertype is missing: reported once, at the supertype"),
      Map.entry("compiler.err.cant.resolve.location" + BROKEN_HIERARCHY,
          "field of a type whose supertype is missing: reported once, at the supertype"),
      Map.entry("compiler.err.cant.resolve.location.args" + BROKEN_HIERARCHY,
          "method of a type whose supertype is missing: reported once, at the supertype"),
      Map.entry("compiler.err.invalid.mref[cannot find symbol]" + BROKEN_HIERARCHY,
          "method reference to a member of a type whose supertype is missing: reported once, at the supertype"));

  private static final Pattern SYMBOL = Pattern.compile("symbol:\\s+(.*)");
  private static final Pattern PACKAGE = Pattern.compile("^package (\\S+) does not exist");
  private static final Pattern APPLY = Pattern.compile("^(?:method|constructor) ([\\w$]+) in ");
  private static final Pattern APPLY_ANY = Pattern.compile("^no suitable (?:method|constructor) found for ([\\w$]+)\\(");

  private ErrorKinds() {}

  /** The name an error is about, from javac's message, or empty when it names none. */
  static String symbol(String code, String message) {
    Matcher matcher = SYMBOL.matcher(message);
    if (matcher.find()) {
      String[] words = matcher.group(1).trim().split("\\s+");
      String name = words[words.length - 1].replaceFirst("^<.*>", "");
      int paren = name.indexOf('(');
      return paren >= 0 ? name.substring(0, paren) : name;
    }
    for (Pattern pattern : new Pattern[] {PACKAGE, APPLY, APPLY_ANY}) {
      matcher = pattern.matcher(message);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return "";
  }

  static String classify(String code, String message, ReceiverTyping.Receiver receiver) {
    String kind = code;
    if (code.equals("compiler.err.cant.apply.symbol") || code.equals("compiler.err.cant.apply.symbols")) {
      kind += applicability(message);
    } else if (code.equals("compiler.err.invalid.mref")) {
      kind += message.contains("cannot find symbol") ? "[cannot find symbol]" : "[other]";
    }
    boolean memberLookup = code.startsWith("compiler.err.cant.resolve") || kind.endsWith(ARITY)
        || kind.endsWith("[cannot find symbol]");
    if (memberLookup && receiver == ReceiverTyping.Receiver.INFERRED) {
      kind += INFERRED_RECEIVER;
    } else if (memberLookup && receiver == ReceiverTyping.Receiver.BROKEN_HIERARCHY && namesMember(code, message)) {
      kind += BROKEN_HIERARCHY;
    }
    return kind;
  }

  /** Whether the error is about a variable or method (a member), not a type or package. */
  private static boolean namesMember(String code, String message) {
    if (!code.startsWith("compiler.err.cant.resolve")) {
      return true; // arity and method reference errors are about methods
    }
    Matcher matcher = SYMBOL.matcher(message);
    return matcher.find() && (matcher.group(1).startsWith("variable ") || matcher.group(1).startsWith("method "));
  }

  /** Arity when every candidate fails on the number of arguments, else argument types. */
  private static String applicability(String message) {
    if (message.startsWith("constructor ") || message.startsWith("no suitable constructor")) {
      return CONSTRUCTOR;
    }
    String reasons = message.substring(message.indexOf('\n') + 1);
    int candidates = count(reasons, "reason: ") + count(reasons, "is not applicable");
    int lengthMismatches = count(reasons, "actual and formal argument lists differ in length");
    return candidates > 0 && lengthMismatches == candidates ? ARITY : ARGUMENT_TYPES;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }
}
