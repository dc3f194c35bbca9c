package dev.importhealth.rules;

import dev.importhealth.core.api.Rule;
import java.util.List;

/** Every rule import-health ships, in catalogue order. A test keeps this list complete. */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<Rule> all() {
    return List.of(
        new UnresolvedImport(),
        new UnresolvedPackage(),
        new UnresolvedType(),
        new UnresolvedStaticImport(),
        new UnresolvedMember(),
        new MovedPath(),
        new DeprecatedApi(),
        new StaleMigration(),
        new MethodSourceNotFound(),
        new FactoryNotStatic(),
        new FieldSourceNotFound(),
        new NoParameterResolver(),
        new EnumSourceUnknownConstant(),
        new TestResourceNotFound(),
        new DataProviderNotFound(),
        new Junit4Misdeclared(),
        new NonCanonicalImplementation(),
        new NonCanonicalUse(),
        new DuplicateCandidates(),
        new DuplicateClass(),
        new Junit4TestsWithoutVintage(),
        new TestClassNotSelected(),
        new TestMethodIgnored());
  }
}
