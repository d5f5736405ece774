/**
 * The CDK app (`npm run synth`, `npm run deploy`). No account or region in the stack: it synthesises
 * offline with no credentials; `cdk deploy` takes them from the environment.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { NamndkollStack } from './namndkoll-stack.ts';

type Extension = (stack: NamndkollStack) => void;

/** Optional parts other issues add as files of their own: infra/aws/textract.ts exports `addTextract`. */
async function extensions(): Promise<Extension[]> {
  const found: Extension[] = [];
  const textract = join(import.meta.dirname, 'textract.ts');
  if (existsSync(textract)) {
    const module = (await import(pathToFileURL(textract).href)) as { addTextract?: Extension };
    if (module.addTextract) found.push(module.addTextract);
  }
  return found;
}

const app = new App();
new NamndkollStack(app, 'Namndkoll', {
  description:
    'Nämndkoll: health-board PDFs → extracted measures, amounts and decisions (S3, SQS, Lambda, Athena)',
  extensions: await extensions(),
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
