package dev.importhealth.core.internal.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaPackageReaderTest {

  @Test
  void readsThePackageAfterLicenseHeadersAndComments() {
    String src =
        """
        \uFEFF/*
         * Copyright: package not.this;
         */
        // package nor.this;
        package com . acme /* inline */ .util;

        import java.util.List;
        """;
    assertThat(JavaPackageReader.packageOf(src)).contains("com.acme.util");
  }

  @Test
  void skipsPackageAnnotations() {
    String src =
        """
        @Deprecated
        @javax.annotation.ParametersAreNonnullByDefault
        @SuppressWarnings({"a)b", "package x;"})
        package com.acme;
        """;
    assertThat(JavaPackageReader.packageOf(src)).contains("com.acme");
  }

  @Test
  void defaultPackageWhenTheFirstTokenIsNotPackage() {
    assertThat(JavaPackageReader.packageOf("import java.util.List;\nclass A {}"))
        .contains("");
    assertThat(JavaPackageReader.packageOf("// only a comment\n")).contains("");
    assertThat(JavaPackageReader.packageOf("@Foo class A {}")).contains("");
  }

  @Test
  void malformedDeclarationIsUnknown() {
    assertThat(JavaPackageReader.packageOf("package com.acme")).isEmpty();
    assertThat(JavaPackageReader.packageOf("package com..acme;")).isEmpty();
  }
}
