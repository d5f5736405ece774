// `node --import ./cli/register.mjs file.ts`: runs the project's TypeScript without a build step.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
