def log = new File(basedir, 'build.log').text
assert log.contains("import-health: invalid failOn 'sometimes': expected error, warning, note or never")
// a configuration error (MojoExecutionException), not findings (MojoFailureException)
assert log.contains('MojoExecutionException')
true
