/**
 * The Lambda functions' code assets exactly as `cdk synth` builds them: the stack (with the Textract
 * extension) synthesised with real bundling into `outdir`, each AWS::Lambda::Function with a code asset
 * read back from the template. Used by tests/infra/bundle.test.ts (what the assets hold, and that they
 * run) and bench/lambda.bench.ts (their size and cold start).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { NamndkollStack } from '../infra/aws/namndkoll-stack.ts';
import { addTextract } from '../infra/aws/textract.ts';

export interface FunctionAsset {
  logicalId: string;
  architectures: string[];
  /** The asset folder under `outdir`: what is zipped and uploaded. */
  dir: string;
}

export interface StackAssets {
  /** Every function with a code asset, by logical id (functions added later are listed too). */
  functions: Map<string, FunctionAsset>;
  ingest: FunctionAsset;
  api: FunctionAsset;
  textractComplete: FunctionAsset;
}

interface TemplateResource {
  Type: string;
  Metadata?: Record<string, unknown>;
  Properties?: { Architectures?: string[] };
}

export function synthFunctionAssets(outdir: string): StackAssets {
  const app = new App({ outdir, context: { 'aws:cdk:enable-asset-metadata': true } });
  let completeId = '';
  const stack = new NamndkollStack(app, 'AssetCheck', {
    extensions: [
      (s) => {
        const textract = addTextract(s);
        completeId = s.getLogicalId(textract.completeFunction.node.defaultChild as never);
      },
    ],
  });
  const assembly = app.synth();
  const templateFile = join(assembly.directory, assembly.getStackByName(stack.stackName).templateFile);
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as {
    Resources: Record<string, TemplateResource>;
  };
  const functions = new Map<string, FunctionAsset>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const assetPath = resource.Metadata?.['aws:asset:path'];
    if (resource.Type !== 'AWS::Lambda::Function' || typeof assetPath !== 'string') continue;
    functions.set(logicalId, {
      logicalId,
      // CloudFormation's default when the property is absent.
      architectures: resource.Properties?.Architectures ?? ['x86_64'],
      dir: join(assembly.directory, assetPath),
    });
  }
  const byId = (logicalId: string): FunctionAsset => {
    const found = functions.get(logicalId);
    if (!found) throw new Error(`no code asset for ${logicalId}`);
    return found;
  };
  return {
    functions,
    ingest: byId(stack.getLogicalId(stack.ingestFunction.node.defaultChild as never)),
    api: byId(stack.getLogicalId(stack.apiFunction.node.defaultChild as never)),
    textractComplete: byId(completeId),
  };
}
