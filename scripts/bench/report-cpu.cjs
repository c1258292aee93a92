// Preloaded into a process the pack table times (node --require): prints the process's own CPU
// time at exit, so that a busy machine's waiting is not counted as the command's cost.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${((user + system) / 1000).toFixed(0)}\n`);
});
