// Preloaded into a CLI run by the tests (node --require): on exit, the process's peak resident
// memory, as the kernel counts it, in kilobytes, on its own stderr line.
process.on('exit', () => {
  process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
