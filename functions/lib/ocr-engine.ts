/**
 * Which OCR engine the handlers pass to the extraction: configuration (OCR_ENGINE), not code.
 * tesseract.js is loaded only when chosen, so a Textract deployment never starts its workers.
 */
import type { OcrEngine } from '../../parsers/ocr/port.ts';
import type { Config } from './config.ts';
import { ConfigError } from './errors.ts';
import { createTextractClient, type TextractSender, TextractStartEngine } from './textract-engine.ts';

export interface OcrEngineHandle {
  engine: OcrEngine | undefined;
  /** Stops what the engine started (tesseract's worker threads); a no-op for the others. */
  dispose(): Promise<void>;
}

export async function createOcrEngine(
  settings: Pick<Config, 'ocrEngine' | 'textractTopicArn' | 'textractRoleArn' | 'awsRegion'>,
  deps: { textract?: TextractSender } = {},
): Promise<OcrEngineHandle> {
  switch (settings.ocrEngine) {
    case 'none':
      return { engine: undefined, dispose: async () => undefined };
    case 'textract': {
      if (!settings.textractTopicArn || !settings.textractRoleArn) {
        throw new ConfigError('OCR_ENGINE=textract needs TEXTRACT_TOPIC_ARN and TEXTRACT_ROLE_ARN');
      }
      const client = deps.textract ?? createTextractClient(settings.awsRegion);
      const engine = new TextractStartEngine(client, {
        topicArn: settings.textractTopicArn,
        roleArn: settings.textractRoleArn,
        region: settings.awsRegion,
      });
      return { engine, dispose: async () => undefined };
    }
    case 'tesseract': {
      const { createTesseractEngine } = await import('../../parsers/ocr/tesseract.ts');
      const engine = createTesseractEngine();
      return { engine, dispose: () => engine.terminate() };
    }
  }
}
