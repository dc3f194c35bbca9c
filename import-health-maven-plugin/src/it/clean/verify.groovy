import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('import-health-maven-plugin') && log.contains(':check (default) @ clean')
assert log.contains('BUILD SUCCESS')

def report = new File(basedir, 'target/import-health.sarif')
assert report.isFile()
def sarif = new JsonSlurper().parse(report)
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'import-health'
assert sarif.runs[0].results.isEmpty()
// the test classpath was used: org.junit resolves, so there is no "not checked" (IH902) notice,
// which a run without the classpath gives for GreeterTest's JUnit references
def notifications = sarif.runs[0].invocations[0].toolExecutionNotifications ?: []
assert !notifications.any { it.descriptor?.id == 'IH902' }
true
