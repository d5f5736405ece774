/**
 * Compaction on AWS and the SQL surface over it (issue 12): the scheduled compaction function
 * (functions/compact/handler.ts), the Glue tables over the landing zone (landing_<table>, JSON Lines under
 * facts/), over the compacted Parquet (compacted_<table>, under compacted/), over the manifest and the
 * consumed list (compaction_manifest, compaction_consumed, under compaction/), and the union views named
 * like the tables (`documents`, `measures`, `amounts`, `decisions`): what `namndkoll sql` shows locally, so
 * the same SQL runs in both places. The rule the views apply is functions/lib/compaction-core.ts
 * (unionViewSql); docs/query.md explains it.
 */
import { join } from 'node:path';
import { Aws, type CfnResource, Duration, type Stack, Validations } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { CfnTable } from 'aws-cdk-lib/aws-glue';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import {
  COMPACTED_PREFIX,
  COMPACTION_PREFIX,
  CONSUMED_COLUMNS,
  CONSUMED_PREFIX,
  MANIFEST_COLUMNS,
  MANIFEST_KEY,
  type UnionSource,
  unionSourceName,
  unionViewSql,
} from '../../functions/lib/compaction-core.ts';
import { EXTRACTED_PREFIX, FACTS_PREFIX } from '../../functions/lib/layout.ts';
import { FACT_TABLES, type FactTable, factColumns, UNKNOWN_REGION } from '../../parsers/facts.ts';
import { REGION_CODES } from '../../parsers/schema.ts';
import { acknowledgeOwnLogGroup } from './nag.ts';

const root = join(import.meta.dirname, '..', '..');

/** How often the landing zone is folded in. New facts are visible at once either way (the union views). */
export const COMPACTION_SCHEDULE = Duration.minutes(15);
/**
 * A run reads at most COMPACT_MAX_DOCUMENTS documents' files (≈ 8 small objects each) and rewrites the
 * partitions they touch; 15 minutes (Lambda's maximum) leaves room for a first run over a large backlog,
 * which the next runs continue.
 */
export const COMPACTION_TIMEOUT = Duration.minutes(15);
export const COMPACTION_MEMORY_MB = 2048;
export const COMPACT_MAX_DOCUMENTS = 5000;

export interface CompactionProps {
  bucket: Bucket;
  databaseName: string;
  database: CfnResource;
  alarmAction: IAlarmAction;
  /** The stack's function defaults (runtime, own log group and role, lock file). */
  lambdaBase: (scope: Stack, id: string) => object;
  /** Packages no asset may hold (esbuild externals that fail loudly if ever imported). */
  externals: readonly string[];
  /** A Glue VIRTUAL_VIEW table input for an Athena view (namndkoll-stack.ts prestoViewInput). */
  viewInput: (
    name: string,
    description: string,
    sql: string,
    columns: { name: string; type: 'string' | 'double' | 'int' }[],
  ) => CfnTable.TableInputProperty;
}

export interface Compaction {
  compactFunction: NodejsFunction;
  deadLetterQueue: Queue;
  /** The union views by table name (the `_unique` views depend on them). */
  views: Map<FactTable, CfnTable>;
}

const PROJECTION = {
  'projection.enabled': 'true',
  'projection.region.type': 'enum',
  'projection.region.values': [...REGION_CODES, UNKNOWN_REGION].join(','),
  'projection.year.type': 'integer',
  'projection.year.range': '1990,2100',
};

const PARQUET_STORAGE = {
  inputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
  outputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
  serdeInfo: { serializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
};

const JSON_STORAGE = {
  inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
  outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
  serdeInfo: {
    serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
    parameters: { 'ignore.malformed.json': 'FALSE', 'case.insensitive': 'TRUE' },
  },
};

function capitalised(text: string): string {
  return text.replace(/(^|_)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}

/** The Glue table over compacted/<table>/: Parquet parts, Hive partitions region/year by projection. */
export function compactedTableInput(table: FactTable, bucketName: string): CfnTable.TableInputProperty {
  const location = `s3://${bucketName}/${COMPACTED_PREFIX}${table}/`;
  return {
    name: unionSourceName({ kind: 'compacted', table }),
    description: `compacted/${table}: Parquet parts; only those the compaction manifest names count (use the view ${table})`,
    tableType: 'EXTERNAL_TABLE',
    parameters: {
      EXTERNAL: 'TRUE',
      classification: 'parquet',
      ...PROJECTION,
      'storage.location.template': `${location}region=\${region}/year=\${year}/`,
    },
    partitionKeys: [
      { name: 'region', type: 'string' },
      { name: 'year', type: 'int' },
    ],
    storageDescriptor: {
      location,
      columns: factColumns(table).map((column) => ({ name: column.name, type: column.type })),
      ...PARQUET_STORAGE,
    },
  };
}

export function manifestTableInput(bucketName: string): CfnTable.TableInputProperty {
  return {
    name: unionSourceName({ kind: 'manifest' }),
    description: 'The compaction manifest: one row per part that counts, plus head/consumed/retired rows',
    tableType: 'EXTERNAL_TABLE',
    parameters: { EXTERNAL: 'TRUE', classification: 'json' },
    storageDescriptor: {
      location: `s3://${bucketName}/${MANIFEST_KEY.slice(0, MANIFEST_KEY.lastIndexOf('/') + 1)}`,
      columns: MANIFEST_COLUMNS.map((column) => ({ name: column.name, type: column.type })),
      ...JSON_STORAGE,
    },
  };
}

export function consumedTableInput(bucketName: string): CfnTable.TableInputProperty {
  return {
    name: unionSourceName({ kind: 'consumed' }),
    description: 'Landing files a compaction generation folded in, while their deletion is pending',
    tableType: 'EXTERNAL_TABLE',
    parameters: { EXTERNAL: 'TRUE', classification: 'parquet' },
    storageDescriptor: {
      location: `s3://${bucketName}/${CONSUMED_PREFIX}`,
      columns: CONSUMED_COLUMNS.map((column) => ({ name: column.name, type: column.type })),
      ...PARQUET_STORAGE,
    },
  };
}

/**
 * The Glue tables and union views, and the scheduled compaction function. `landingInput` is the JSON
 * Lines table input of the stack (factTableInput), given the landing table's name.
 */
export function addCompaction(
  stack: Stack,
  props: CompactionProps,
  landingInput: (table: FactTable, name: string) => CfnTable.TableInputProperty,
): Compaction {
  const { bucket, databaseName, database } = props;
  const glue = (id: string, tableInput: CfnTable.TableInputProperty): CfnTable => {
    const table = new CfnTable(stack, id, { catalogId: Aws.ACCOUNT_ID, databaseName, tableInput });
    table.addResourceDependency(database);
    return table;
  };
  glue('GlueTableCompactionManifest', manifestTableInput(bucket.bucketName));
  glue('GlueTableCompactionConsumed', consumedTableInput(bucket.bucketName));
  const views = new Map<FactTable, CfnTable>();
  const qualified = (source: UnionSource) => `"${databaseName}"."${unionSourceName(source)}"`;
  for (const table of FACT_TABLES) {
    glue(
      `GlueTableLanding${capitalised(table)}`,
      landingInput(table, unionSourceName({ kind: 'landing', table })),
    );
    glue(`GlueTableCompacted${capitalised(table)}`, compactedTableInput(table, bucket.bucketName));
    // Same construct id as the JSON table this name had before compaction existed: the deployed table is
    // updated in place into the view (no second object named `measures` while the old one exists).
    views.set(
      table,
      glue(
        `GlueTable${capitalised(table)}`,
        props.viewInput(
          table,
          `${table}: the compacted Parquet plus the landing zone not folded in yet (each row once)`,
          unionViewSql(table, qualified),
          [...factColumns(table), { name: 'region', type: 'string' }, { name: 'year', type: 'int' }],
        ),
      ),
    );
  }

  // ---- the function -------------------------------------------------------------------------------
  const deadLetterQueue = new Queue(stack, 'CompactDeadLetters', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  const compactFunction = new NodejsFunction(stack, 'Compact', {
    ...props.lambdaBase(stack, 'Compact'),
    entry: join(root, 'functions', 'compact', 'handler.ts'),
    handler: 'handler',
    architecture: Architecture.ARM_64,
    memorySize: COMPACTION_MEMORY_MB,
    timeout: COMPACTION_TIMEOUT,
    // One run at a time (the lock object in the bucket guards the same; this keeps a second from starting).
    reservedConcurrentExecutions: 1,
    // A failed run is retried twice, then recorded in the dead-letter queue (the alarm below).
    retryAttempts: 2,
    maxEventAge: Duration.hours(1),
    deadLetterQueue,
    description: 'Folds the facts landing zone (facts/, JSON Lines) into Parquet under compacted/',
    environment: {
      NAMNDKOLL_BUCKET: bucket.bucketName,
      OCR_ENGINE: 'none',
      COMPACT_MAX_DOCUMENTS: String(COMPACT_MAX_DOCUMENTS),
      POWERTOOLS_SERVICE_NAME: 'namndkoll-compact',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    },
    bundling: {
      format: OutputFormat.ESM,
      target: 'node22',
      minify: true,
      sourceMap: true,
      banner:
        "import { createRequire as __namndkollCreateRequire } from 'node:module'; const require = __namndkollCreateRequire(import.meta.url);",
      mainFields: ['module', 'main'],
      // hyparquet and hyparquet-writer are plain JavaScript, bundled; DuckDB (native) is never shipped.
      externalModules: [...props.externals, '@duckdb/node-api'],
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_: string, outputDir: string) => [
          `echo '{"type":"module"}' > "${outputDir}/package.json"`,
        ],
      },
    },
  });
  new Rule(stack, 'CompactSchedule', {
    description: 'Runs the facts compaction',
    schedule: Schedule.rate(COMPACTION_SCHEDULE),
    targets: [
      new LambdaFunction(compactFunction, {
        deadLetterQueue,
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
      }),
    ],
  });
  const alarm = new Alarm(stack, 'CompactDeadLettersAlarm', {
    alarmDescription: 'Compaction runs failed three times (or could not be delivered): see the Compact logs',
    metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(1),
      statistic: 'Maximum',
    }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alarm.addAlarmAction(props.alarmAction);

  const objects = (prefix: string) => bucket.arnForObjects(`${prefix}*`);
  compactFunction.addToRolePolicy(
    new PolicyStatement({
      sid: 'ReadLandingDocumentsAndParts',
      effect: Effect.ALLOW,
      actions: ['s3:GetObject'],
      // extracted/: which documents are committed, in which region (never written here).
      resources: [
        objects(FACTS_PREFIX),
        objects(EXTRACTED_PREFIX),
        objects(COMPACTED_PREFIX),
        objects(COMPACTION_PREFIX),
      ],
    }),
  );
  compactFunction.addToRolePolicy(
    new PolicyStatement({
      sid: 'WritePartsAndManifest',
      effect: Effect.ALLOW,
      actions: ['s3:PutObject'],
      resources: [objects(COMPACTED_PREFIX), objects(COMPACTION_PREFIX)],
    }),
  );
  compactFunction.addToRolePolicy(
    new PolicyStatement({
      sid: 'DeleteFoldedLandingFilesAndRetiredParts',
      effect: Effect.ALLOW,
      // facts/: landing files folded in (each conditional on its ETag); compacted/: retired parts;
      // compaction/: the consumed list once its deletions are done, and the lock.
      actions: ['s3:DeleteObject'],
      resources: [objects(FACTS_PREFIX), objects(COMPACTED_PREFIX), objects(COMPACTION_PREFIX)],
    }),
  );
  compactFunction.addToRolePolicy(
    new PolicyStatement({
      sid: 'ListLandingAndMissingKeysAnswer404',
      effect: Effect.ALLOW,
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
    }),
  );

  acknowledgeCompaction(stack, bucket);
  return { compactFunction, deadLetterQueue, views };
}

function acknowledgeCompaction(stack: Stack, bucket: Bucket): void {
  const child = (id: string) => stack.node.tryFindChild(id);
  const ack = (scope: ReturnType<typeof child>, id: string, reason: string) => {
    if (!scope) throw new Error(`cdk-nag acknowledgement of ${id}: construct not found`);
    Validations.of(scope).acknowledge({ id, reason });
  };
  acknowledgeOwnLogGroup(stack, child('CompactRole'), child('CompactLogs'));
  ack(
    child('Compact'),
    'AwsSolutions-L1',
    'Node.js 22 is the runtime the project targets and tests; newer runtimes are adopted deliberately, not by default.',
  );
  ack(
    child('CompactDeadLetters'),
    'AwsSolutions-SQS3',
    'This queue is the dead-letter queue of the compaction runs; a DLQ of a DLQ would only hide failures. An alarm watches it.',
  );
  const data = bucket.node.defaultChild as CfnResource;
  const policy = child('CompactRole')?.node.tryFindChild('DefaultPolicy');
  const reasons: [string, string][] = [
    [
      FACTS_PREFIX,
      'Get/DeleteObject: landing files, named by document hash, read and then deleted if unchanged',
    ],
    [EXTRACTED_PREFIX, 'GetObject: the committed region of each document in the landing zone'],
    [COMPACTED_PREFIX, 'Get/Put/DeleteObject: Parquet parts named by generation and a random id'],
    [COMPACTION_PREFIX, 'Get/Put/DeleteObject: manifest, consumed lists by generation, lock'],
  ];
  for (const [prefix, what] of reasons)
    ack(
      policy,
      `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(data)}.Arn>/${prefix}*]`,
      `Object keys under ${prefix} are unknown in advance; the wildcard is limited to that prefix of this one bucket (${what}).`,
    );
}
