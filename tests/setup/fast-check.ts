// Every fuzz test draws its randomness from fast-check alone, and fast-check's failure report names
// the seed it ran with. `FC_SEED=<seed> npm run test:unit` (or test:e2e) runs the fuzz tests again
// from that seed, which replays the failure.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  if (!/^-?\d+$/.test(seed)) throw new Error(`FC_SEED must be an integer, as fast-check prints it; got "${seed}"`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
}
