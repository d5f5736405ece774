/**
 * The cdk-nag AwsSolutions findings this stack accepts, each with the reason. Everything else must pass.
 * Findings are acknowledged on the construct that raises them (cdk-nag 3 reads the acknowledgement from
 * the resource or its ancestors) and by their exact finding id, never stack-wide: a new resource or a new
 * wildcard is checked afresh.
 */
import { type CfnElement, type Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import {
  EXTRACTED_PREFIX,
  FACTS_PREFIX,
  FAILED_PREFIX,
  INDEX_PREFIX,
  PAPERS_PREFIX,
  UPLOADS_PREFIX,
} from '../../functions/lib/layout.ts';

const BASIC_EXECUTION_ROLE =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

function acknowledge(scope: IConstruct | undefined, id: string, reason: string): void {
  if (!scope) throw new Error(`cdk-nag acknowledgement of ${id}: construct not found`);
  Validations.of(scope).acknowledge({ id, reason });
}

export function acknowledgeNagFindings(stack: Stack): void {
  const child = (id: string): IConstruct | undefined => stack.node.tryFindChild(id);

  acknowledge(
    child('AccessLogs'),
    'AwsSolutions-S1',
    'This is the server access log bucket itself; logging it into itself would loop.',
  );
  acknowledge(
    child('IngestDeadLetters'),
    'AwsSolutions-SQS3',
    'This queue is the dead-letter queue of the ingest queue; a DLQ of a DLQ would only hide failures. An alarm watches it.',
  );

  const data = child('Data')?.node.defaultChild as CfnElement | undefined;
  if (!data) throw new Error('cdk-nag acknowledgements: the data bucket is missing');
  const objects = (prefix: string) =>
    `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(data)}.Arn>/${prefix}*]`;
  const prefixReason = (prefix: string, what: string) =>
    `Object keys under ${prefix} are content hashes or user file names, unknown in advance; the wildcard is limited to that prefix of this one bucket (${what}).`;

  for (const fn of ['Ingest', 'Api']) {
    acknowledgeOwnLogGroup(stack, child(`${fn}Role`), child(`${fn}Logs`));
    acknowledge(
      child(fn),
      'AwsSolutions-L1',
      'Node.js 22 is the runtime the project targets and tests (pdfjs-dist 5.4 and the native canvas build); newer runtimes are adopted deliberately, not by default.',
    );
  }
  const ingestPolicy = child('IngestRole')?.node.tryFindChild('DefaultPolicy');
  acknowledge(
    ingestPolicy,
    objects(UPLOADS_PREFIX),
    prefixReason(UPLOADS_PREFIX, 'GetObject: the uploads it extracts'),
  );
  acknowledge(
    ingestPolicy,
    objects(EXTRACTED_PREFIX),
    prefixReason(EXTRACTED_PREFIX, 'Get/PutObject: the documents it writes'),
  );
  acknowledge(ingestPolicy, objects(FACTS_PREFIX), prefixReason(FACTS_PREFIX, 'PutObject: fact rows'));
  acknowledge(
    ingestPolicy,
    objects(FAILED_PREFIX),
    prefixReason(FAILED_PREFIX, 'PutObject: failure records'),
  );
  acknowledge(
    ingestPolicy,
    objects(PAPERS_PREFIX),
    prefixReason(PAPERS_PREFIX, 'Get/PutObject: markers of copies of one paper'),
  );
  acknowledge(
    ingestPolicy,
    objects(INDEX_PREFIX),
    prefixReason(INDEX_PREFIX, 'Get/PutObject: the document index partition an entry is filed in'),
  );

  const apiPolicy = child('ApiRole')?.node.tryFindChild('DefaultPolicy');
  acknowledge(
    apiPolicy,
    objects(UPLOADS_PREFIX),
    prefixReason(UPLOADS_PREFIX, 'GetObject for PDF links, PutObject for page uploads'),
  );
  acknowledge(
    apiPolicy,
    objects(EXTRACTED_PREFIX),
    prefixReason(EXTRACTED_PREFIX, 'GetObject: documents it serves'),
  );
  acknowledge(
    apiPolicy,
    objects(FACTS_PREFIX),
    prefixReason(FACTS_PREFIX, 'GetObject: fact rows it queries'),
  );
  acknowledge(
    apiPolicy,
    objects(FAILED_PREFIX),
    prefixReason(FAILED_PREFIX, 'GetObject: upload outcomes it reports'),
  );
  acknowledge(
    apiPolicy,
    objects(INDEX_PREFIX),
    prefixReason(INDEX_PREFIX, 'Get/PutObject: the document index it reads, and rebuilds when missing'),
  );

  // CDK's own singleton that writes the bucket's notification configuration at deploy time.
  const notifications = stack.node.children.find((c) => c.node.id.startsWith('BucketNotificationsHandler'));
  acknowledge(
    notifications?.node.tryFindChild('Role'),
    BASIC_EXECUTION_ROLE,
    'CDK-provided custom resource (BucketNotificationsHandler) that sets the S3 → SQS notification; its role is CDK’s.',
  );
}

/** Why a function's role may write `<its log group ARN>:*` (tests/infra/stack.test.ts holds the grant to it). */
export const OWN_LOG_GROUP_REASON =
  'logs:CreateLogStream and logs:PutLogEvents on the log streams of this function’s own log group only; stream names are chosen by Lambda at run time.';

/**
 * A function's role may write log streams of its own log group: `<group ARN>:*` is the only way to name
 * the streams, which the Lambda service creates under names unknown in advance.
 */
export function acknowledgeOwnLogGroup(
  stack: Stack,
  role: IConstruct | undefined,
  logGroup: IConstruct | undefined,
): void {
  const group = logGroup?.node.defaultChild as CfnElement | undefined;
  if (!group) throw new Error('cdk-nag acknowledgements: a function log group is missing');
  acknowledge(
    role?.node.tryFindChild('DefaultPolicy'),
    `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(group)}.Arn>:*]`,
    OWN_LOG_GROUP_REASON,
  );
}
