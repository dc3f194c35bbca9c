def log = new File(basedir, 'build.log').text

// module a: checked (before its compilation) and clean
def a = log.substring(log.indexOf(':check (check-sources) @ a ---'), log.indexOf(':check (check-sources) @ b ---'))
assert a.contains('No problems found in 1 file.')
assert log =~ /(?m)^\[INFO\] a \.+ SUCCESS/

// module b: its call is checked against a, and the build stops there, before b's javac
assert log.contains("b/src/main/java/com/example/b/Receipt.java:9:31: error: Method call 'render(...)' cannot be "
    + "resolved: type 'com.example.a.Prices' has no method 'render'. [IH105]")
assert log.contains('import-health: 1 finding at or above error (IH105 x1)')
assert log =~ /(?m)^\[INFO\] b \.+ FAILURE/
assert !log.contains('default-compile) @ b')
assert log.contains('BUILD FAILURE')
true
