def log = new File(basedir, 'build.log').text
assert log.contains("Import 'com.example.util.StringHelper' cannot be resolved")
assert log.contains('[IH101]')
assert log.contains('import-health: 1 finding at or above error (IH101 x1)')
assert log.contains('BUILD FAILURE')
// the check ran before javac: the failure is import-health's, not the compiler's
assert !log.contains('maven-compiler-plugin')
true
