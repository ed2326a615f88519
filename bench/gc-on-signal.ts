/**
 * Preloaded into the Chorus process by bench/upload-memory.ts (`node --expose-gc --import tsx --import this`): on
 * SIGUSR2 it runs a full garbage collection, so the benchmark's baseline is memory in use, not garbage left by
 * start-up (compiling the sources with tsx leaves a few hundred MB that V8 frees whenever it next collects).
 */
const collect = (globalThis as { gc?: () => void }).gc;
if (collect) process.on('SIGUSR2', () => collect());
