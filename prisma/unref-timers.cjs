// Preloaded into Prisma CLI runs: the wasm engine leaves long timers pending, which keeps
// the process alive 10-60 s after the command has finished. Long timers never hold it open.
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...rest) {
  const timer = original(fn, ms, ...rest);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
