/**
 * Amazon Textract for scanned pages: the ingest function starts an asynchronous analysis
 * (StartDocumentAnalysis), Textract publishes the completion to an encrypted SNS topic through a
 * role it assumes, SNS delivers to an SQS queue (with a dead-letter queue and an alarm), and the
 * textract-complete function pages through GetDocumentAnalysis and finishes the extraction.
 *
 * The app picks this up through `addTextract` (infra/aws/app.ts loads it as a stack extension).
 */

import { join } from 'node:path';
import { type CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import {
  EXTRACTED_PREFIX,
  FACTS_PREFIX,
  FAILED_PREFIX,
  PAPERS_PREFIX,
  UPLOADS_PREFIX,
} from '../../functions/lib/layout.ts';
import { PENDING_PREFIX } from '../../functions/lib/textract-pending.ts';
import { acknowledgeOwnLogGroup } from './nag.ts';
import {
  extractionBounds,
  INGEST_ARCHITECTURE,
  ingestBundling,
  lambdaBase,
  type NamndkollStack,
} from './namndkoll-stack.ts';
import { queueWithDeadLetters } from './queues.ts';

const root = join(import.meta.dirname, '..', '..');

/**
 * The completion function fetches up to a few thousand blocks per document and runs the same
 * extraction as ingest: the same memory, a longer timeout for large documents' result pages.
 */
export const COMPLETE_MEMORY_MB = 1024;
export const COMPLETE_TIMEOUT = Duration.minutes(5);

export interface TextractOcrProps {
  bucket: Bucket;
  ingestFunction: NodejsFunction;
  /** Who is told when completions end in the dead-letter queue (the stack's alarm topic). */
  alarmAction?: IAlarmAction;
}

export class TextractOcr extends Construct {
  readonly key: Key;
  readonly topic: Topic;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly dlqAlarm: Alarm;
  readonly publishRole: Role;
  readonly completeFunction: NodejsFunction;

  constructor(scope: Construct, id: string, props: TextractOcrProps) {
    super(scope, id);
    const { bucket, ingestFunction } = props;

    // A customer-managed key: the AWS-managed SNS key cannot be granted to the role Textract uses.
    this.key = new Key(this, 'TopicKey', {
      enableKeyRotation: true,
      description: 'Encrypts Textract completion notices on the Nämndkoll SNS topic',
    });
    this.topic = new Topic(this, 'Completions', {
      displayName: 'Nämndkoll Textract completions',
      masterKey: this.key,
      enforceSSL: true,
    });

    // The role Textract assumes to publish the completion: sns:Publish on this topic only.
    this.publishRole = new Role(this, 'PublishRole', {
      assumedBy: new ServicePrincipal('textract.amazonaws.com'),
      description: 'Assumed by Amazon Textract to publish job completions to the Nämndkoll topic',
    });
    this.topic.grantPublish(this.publishRole);

    const completions = queueWithDeadLetters(this, {
      ids: {
        queue: 'CompletionQueue',
        deadLetters: 'CompletionDeadLetters',
        alarm: 'CompletionDeadLettersAlarm',
      },
      consumerTimeout: COMPLETE_TIMEOUT,
      alarmDescription: 'Textract completions that could not be processed after 3 attempts',
      ...(props.alarmAction ? { alarmAction: props.alarmAction } : {}),
    });
    this.deadLetterQueue = completions.deadLetterQueue;
    this.queue = completions.queue;
    this.dlqAlarm = completions.alarm;
    this.topic.addSubscription(new SqsSubscription(this.queue, { rawMessageDelivery: true }));

    const objects = (prefix: string) => bucket.arnForObjects(`${prefix}*`);

    // ---- ingest: starts jobs -------------------------------------------------------------------------
    ingestFunction.addEnvironment('OCR_ENGINE', 'textract');
    ingestFunction.addEnvironment('TEXTRACT_TOPIC_ARN', this.topic.topicArn);
    ingestFunction.addEnvironment('TEXTRACT_ROLE_ARN', this.publishRole.roleArn);
    ingestFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'StartTextractAnalysis',
        effect: Effect.ALLOW,
        // Textract has no resource-level permissions for its job APIs: the resource must be '*'.
        // It reads the PDF with the caller's rights, which the function has on uploads/* already.
        actions: ['textract:StartDocumentAnalysis'],
        resources: ['*'],
      }),
    );
    ingestFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'PassTextractPublishRole',
        effect: Effect.ALLOW,
        actions: ['iam:PassRole'],
        resources: [this.publishRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'textract.amazonaws.com' } },
      }),
    );
    ingestFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'RecordPendingOcr',
        effect: Effect.ALLOW,
        actions: ['s3:PutObject'],
        resources: [objects(PENDING_PREFIX)],
      }),
    );

    // ---- completion: fetches results and finishes the extraction -------------------------------------
    this.completeFunction = new NodejsFunction(this, 'Complete', {
      ...lambdaBase(this, 'Complete'),
      entry: join(root, 'functions', 'textract-complete', 'handler.ts'),
      handler: 'handler',
      architecture: INGEST_ARCHITECTURE,
      memorySize: COMPLETE_MEMORY_MB,
      timeout: COMPLETE_TIMEOUT,
      // As many as the event source may run at once (maxConcurrency 5), no more.
      reservedConcurrentExecutions: 5,
      description: 'Textract completions (SNS → SQS) → GetDocumentAnalysis → ExtractedDocument + facts',
      environment: {
        NAMNDKOLL_BUCKET: bucket.bucketName,
        OCR_ENGINE: 'textract',
        ...extractionBounds(COMPLETE_TIMEOUT, COMPLETE_MEMORY_MB, 1),
        POWERTOOLS_SERVICE_NAME: 'namndkoll-textract-complete',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      bundling: ingestBundling(),
    });
    this.completeFunction.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 1, reportBatchItemFailures: true, maxConcurrency: 5 }),
    );
    this.completeFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'GetTextractResults',
        effect: Effect.ALLOW,
        actions: ['textract:GetDocumentAnalysis'],
        resources: ['*'],
      }),
    );
    this.completeFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadUploadsAndState',
        effect: Effect.ALLOW,
        actions: ['s3:GetObject'],
        resources: [
          objects(UPLOADS_PREFIX),
          objects(EXTRACTED_PREFIX),
          objects(PENDING_PREFIX),
          objects(PAPERS_PREFIX),
        ],
      }),
    );
    this.completeFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'WriteDerivedObjects',
        effect: Effect.ALLOW,
        actions: ['s3:PutObject'],
        resources: [
          objects(EXTRACTED_PREFIX),
          objects(FACTS_PREFIX),
          objects(FAILED_PREFIX),
          objects(PENDING_PREFIX),
          objects(PAPERS_PREFIX),
        ],
      }),
    );
    this.completeFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'MissingKeysAnswer404Not403',
        effect: Effect.ALLOW,
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
      }),
    );

    this.acknowledgeNagFindings(bucket, ingestFunction);
  }

  private acknowledgeNagFindings(bucket: Bucket, ingestFunction: NodejsFunction): void {
    const acknowledge = (scope: IConstruct | undefined, id: string, reason: string): void => {
      if (!scope) throw new Error(`cdk-nag acknowledgement of ${id}: construct not found`);
      Validations.of(scope).acknowledge({ id, reason });
    };
    const stack = Stack.of(this);
    const data = bucket.node.defaultChild as CfnElement;
    const objects = (prefix: string) =>
      `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(data)}.Arn>/${prefix}*]`;
    const prefixReason = (prefix: string, what: string) =>
      `Object keys under ${prefix} are content hashes or user file names, unknown in advance; the wildcard is limited to that prefix of this one bucket (${what}).`;
    const textractReason =
      'Amazon Textract supports no resource-level permissions for its asynchronous job APIs (StartDocumentAnalysis, GetDocumentAnalysis): the only valid resource is "*". The action list is limited to the one call each function makes.';

    const ingestPolicy = ingestFunction.role?.node.tryFindChild('DefaultPolicy');
    acknowledge(ingestPolicy, 'AwsSolutions-IAM5[Resource::*]', textractReason);
    acknowledge(
      ingestPolicy,
      objects(PENDING_PREFIX),
      prefixReason(PENDING_PREFIX, 'PutObject: pending OCR jobs'),
    );

    acknowledge(
      this.publishRole.node.tryFindChild('DefaultPolicy'),
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'Publishing to the encrypted topic needs GenerateDataKey on its key; the grant CDK writes is limited to this one key (its ARN is the resource).',
    );
    const role = this.completeFunction.role;
    acknowledgeOwnLogGroup(stack, role, this.node.tryFindChild('CompleteLogs'));
    acknowledge(
      this.completeFunction,
      'AwsSolutions-L1',
      'Node.js 22 is the runtime the project targets and tests (same bundle as the ingest function).',
    );
    const policy = role?.node.tryFindChild('DefaultPolicy');
    acknowledge(policy, 'AwsSolutions-IAM5[Resource::*]', textractReason);
    acknowledge(
      policy,
      objects(UPLOADS_PREFIX),
      prefixReason(UPLOADS_PREFIX, 'GetObject: the scanned uploads'),
    );
    acknowledge(
      policy,
      objects(EXTRACTED_PREFIX),
      prefixReason(EXTRACTED_PREFIX, 'Get/PutObject: documents'),
    );
    acknowledge(policy, objects(FACTS_PREFIX), prefixReason(FACTS_PREFIX, 'PutObject: fact rows'));
    acknowledge(policy, objects(FAILED_PREFIX), prefixReason(FAILED_PREFIX, 'PutObject: failure records'));
    acknowledge(
      policy,
      objects(PAPERS_PREFIX),
      prefixReason(PAPERS_PREFIX, 'Get/PutObject: markers of copies of one paper'),
    );
    acknowledge(
      policy,
      objects(PENDING_PREFIX),
      prefixReason(PENDING_PREFIX, 'Get/PutObject: pending OCR jobs'),
    );
    acknowledge(
      this.deadLetterQueue,
      'AwsSolutions-SQS3',
      'This queue is the dead-letter queue of the completion queue; an alarm watches it.',
    );
  }
}

/** The stack extension infra/aws/app.ts installs: Textract wiring on the stack's bucket and ingest function. */
export function addTextract(stack: NamndkollStack): TextractOcr {
  return new TextractOcr(stack, 'TextractOcr', {
    bucket: stack.bucket,
    ingestFunction: stack.ingestFunction,
    alarmAction: stack.alarmAction,
  });
}
