def log = new File(basedir, 'build.log').text

// the IH202 error is in the baseline (made with `import-health baseline create`): not reported
assert log.contains('import-health: 1 finding accepted by the baseline ')
assert log.contains('import-health-baseline.json is not reported')
assert !log.contains('[IH202]')
// the entry still matches a finding, so it is not reported as fixed either
assert !log.contains('[IH910]')
assert log.contains('No problems found in 2 files.')
assert log.contains('BUILD SUCCESS')
true
