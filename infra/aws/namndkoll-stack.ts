/**
 * The Nämndkoll stack: one private bucket (uploads/, extracted/, facts/, failed/), S3 → SQS (with DLQ and
 * alarm) → ingest Lambda, the query API behind an IAM-authorised HTTP API, and Glue tables + an Athena
 * workgroup over facts/ for SQL at any scale.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  Aws,
  CfnCondition,
  CfnOutput,
  CfnParameter,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  type StackProps,
} from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { CfnWorkGroup } from 'aws-cdk-lib/aws-athena';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { CfnDatabase, CfnTable } from 'aws-cdk-lib/aws-glue';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  type IBucket,
  ObjectOwnership,
  StorageClass,
} from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { type CfnSubscription, Subscription, SubscriptionProtocol, Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import {
  EXTRACTED_PREFIX,
  FACTS_PREFIX,
  FAILED_PREFIX,
  INDEX_PREFIX,
  PAPERS_PREFIX,
  PDF_SUFFIXES,
  UPLOADS_PREFIX,
} from '../../functions/lib/layout.ts';
import {
  FACT_VIEWS,
  type FactTable,
  type FactView,
  factColumns,
  factViewColumns,
  factViewSql,
  type SqlType,
  UNKNOWN_REGION,
} from '../../parsers/facts.ts';
import { REGION_CODES } from '../../parsers/schema.ts';
import { addCompaction, type Compaction } from './compaction.ts';
import { acknowledgeNagFindings } from './nag.ts';
import { queueWithDeadLetters } from './queues.ts';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * Packages left out of the esbuild bundle: pdfjs-dist's legacy build is loaded as a module of its own
 * (parsers/pdf/pdfjs.ts: after the engine's Array.prototype.push is recorded), so it is copied into the
 * asset's node_modules from the project's own install (same version as the lock file, no registry at
 * synth time), pruned to the two files text extraction loads (PDFJS_FILES_SHIPPED).
 */
export const UNBUNDLED_PACKAGES = ['pdfjs-dist'] as const;

/**
 * What is left of pdfjs-dist in a function's asset. The functions read text only: getDocument gets no
 * cMapUrl, standardFontDataUrl or wasmUrl (parsers/pdf/load.ts, parsers/textract/engine.ts), so the
 * font, CMap and wasm folders, the browser builds, types and source maps are never read.
 */
export const PDFJS_FILES_SHIPPED = [
  'package.json',
  'LICENSE',
  'legacy/build/pdf.mjs',
  'legacy/build/pdf.worker.mjs',
] as const;

/**
 * Packages that must never reach an asset: pdf-parse and its native canvas (@napi-rs/canvas, a
 * per-platform .node binary) are used only by the fixture generator and local OCR rendering. Without
 * the canvas package pdfjs takes DOMMatrix from parsers/pdf/dom-matrix.ts. esbuild is told they are
 * external so that a stray import fails loudly at run time instead of pulling a binary into the zip.
 */
export const NEVER_SHIPPED_PACKAGES = ['pdf-parse', '@napi-rs/canvas'] as const;

/**
 * ARM64 (Graviton, ~20% cheaper per GB-s than x86_64): the assets hold no native binary, only
 * JavaScript, so the architecture is free to choose; tests/infra/bundle.test.ts checks every asset of
 * the stack for .node files and runs the ingest asset as built.
 */
export const INGEST_ARCHITECTURE = Architecture.ARM_64;

/**
 * Memory and timeout from the extraction benchmark: ~10 ms/page warm on one core and ≤ 300 MB peak for a
 * 100-page paper. 1024 MB gives a little over half a vCPU plus headroom for two documents' buffers; a batch
 * of 4 papers of 100 pages stays well inside 2 minutes even cold (module load ~1 s).
 */
export const INGEST_MEMORY_MB = 1024;
export const INGEST_TIMEOUT = Duration.minutes(2);
export const INGEST_BATCH_SIZE = 4;
export const INGEST_RESERVED_CONCURRENCY = 10;
export const API_RESERVED_CONCURRENCY = 20;
/** Requests per second (steady) and burst of the HTTP API's stage. */
export const API_RATE_LIMIT = 20;
export const API_BURST_LIMIT = 40;

/**
 * One document's extraction bounds (functions/lib/extract-pool.ts) for a function: the time budget lets
 * every document of a batch run its full budget inside the timeout with a margin for writing failed/
 * records; the memory ceiling leaves the runtime, the bundle and the idle worker (~300 MB measured
 * locally) inside the function's memory.
 */
export function extractionBounds(
  timeout: Duration,
  memoryMb: number,
  batchSize: number,
): { EXTRACT_TIME_BUDGET_MS: string; EXTRACT_MEMORY_CEILING_MB: string } {
  const marginMs = 20_000;
  const budgetMs = Math.floor((timeout.toMilliseconds() - marginMs) / batchSize);
  if (budgetMs < 5_000)
    throw new Error(`a ${timeout.toSeconds()} s timeout leaves too little time per document`);
  return {
    EXTRACT_TIME_BUDGET_MS: String(budgetMs),
    EXTRACT_MEMORY_CEILING_MB: String(Math.max(128, memoryMb - 400)),
  };
}

export interface NamndkollStackProps extends StackProps {
  /** Hooks that extend the stack after it is built (the OCR issue adds Textract through one). */
  extensions?: ((stack: NamndkollStack) => void)[];
}

export class NamndkollStack extends Stack {
  readonly bucket: Bucket;
  readonly ingestQueue: Queue;
  readonly deadLetterQueue: Queue;
  readonly dlqAlarm: Alarm;
  /** Every alarm of the stack notifies this topic; AlarmEmail subscribes an address to it. */
  readonly alarmTopic: Topic;
  readonly alarmAction: SnsAction;
  readonly ingestFunction: NodejsFunction;
  readonly apiFunction: NodejsFunction;
  readonly httpApi: HttpApi;
  readonly glueDatabaseName: string;
  readonly athenaWorkGroup: CfnWorkGroup;
  /** The scheduled compaction of facts/ into Parquet, its dead-letter queue and the union views. */
  readonly compaction: Compaction;

  constructor(scope: Construct, id: string, props: NamndkollStackProps = {}) {
    super(scope, id, props);
    // Access logs by bucket policy, never ACLs (also when the app is built without cdk.json, as in tests).
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);

    // ---- who is told when something fails -------------------------------------------------------------
    const alarmEmail = new CfnParameter(this, 'AlarmEmail', {
      type: 'String',
      default: '',
      description:
        'E-mail address told when uploads or Textract completions end in a dead-letter queue (empty: subscribe to the AlarmTopic later)',
      allowedPattern: '^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
    });
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'Nämndkoll alarms',
      // The AWS-managed SNS key: CloudWatch alarms may publish to topics it encrypts.
      masterKey: Alias.fromAliasName(this, 'AlarmTopicKey', 'alias/aws/sns'),
      enforceSSL: true,
    });
    const subscription = new Subscription(this, 'AlarmEmailSubscription', {
      topic: this.alarmTopic,
      protocol: SubscriptionProtocol.EMAIL,
      endpoint: alarmEmail.valueAsString,
    });
    (subscription.node.defaultChild as CfnSubscription).cfnOptions.condition = new CfnCondition(
      this,
      'HasAlarmEmail',
      { expression: Fn.conditionNot(Fn.conditionEquals(alarmEmail.valueAsString, '')) },
    );
    this.alarmAction = new SnsAction(this.alarmTopic);

    // ---- storage -------------------------------------------------------------------------------------
    const accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // No ACLs: S3 server access logs are delivered by the logging service principal under a bucket
      // policy (the serverAccessLogsUseBucketPolicy feature flag, set in cdk.json and below).
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new Bucket(this, 'Data', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: asIBucket(accessLogs),
      serverAccessLogsPrefix: 'data/',
      // Versions of derived objects (extracted/, facts/) are rewritten on re-extraction; keep a month.
      lifecycleRules: [
        { noncurrentVersionExpiration: Duration.days(30) },
        {
          prefix: UPLOADS_PREFIX,
          transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(90) }],
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const athenaResults = new Bucket(this, 'AthenaResults', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: asIBucket(accessLogs),
      serverAccessLogsPrefix: 'athena-results/',
      lifecycleRules: [{ expiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // ---- S3 → SQS → ingest ---------------------------------------------------------------------------
    const ingestQueues = queueWithDeadLetters(this, {
      ids: { queue: 'IngestQueue', deadLetters: 'IngestDeadLetters', alarm: 'IngestDeadLettersAlarm' },
      consumerTimeout: INGEST_TIMEOUT,
      retentionPeriod: Duration.days(4),
      alarmDescription: 'Uploads whose ingestion failed 3 times are waiting in the dead-letter queue',
      alarmAction: this.alarmAction,
    });
    this.deadLetterQueue = ingestQueues.deadLetterQueue;
    this.ingestQueue = ingestQueues.queue;
    this.dlqAlarm = ingestQueues.alarm;
    for (const suffix of PDF_SUFFIXES) {
      this.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.ingestQueue), {
        prefix: UPLOADS_PREFIX,
        suffix,
      });
    }

    this.ingestFunction = new NodejsFunction(this, 'Ingest', {
      ...lambdaBase(this, 'Ingest'),
      entry: join(root, 'functions', 'ingest', 'handler.ts'),
      handler: 'handler',
      architecture: INGEST_ARCHITECTURE,
      memorySize: INGEST_MEMORY_MB,
      timeout: INGEST_TIMEOUT,
      // A flood of uploads cannot take the account's whole concurrency (the event source's
      // maxConcurrency, 10, stays within it).
      reservedConcurrentExecutions: INGEST_RESERVED_CONCURRENCY,
      description: 'S3 upload notifications (via SQS) → ExtractedDocument + facts in the bucket',
      environment: {
        NAMNDKOLL_BUCKET: this.bucket.bucketName,
        // Scans fail with NEEDS_OCR until the Textract extension (infra/aws/textract.ts) sets 'textract'
        // together with the topic and role it needs.
        OCR_ENGINE: 'none',
        ...extractionBounds(INGEST_TIMEOUT, INGEST_MEMORY_MB, INGEST_BATCH_SIZE),
        POWERTOOLS_SERVICE_NAME: 'namndkoll-ingest',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      bundling: ingestBundling(),
    });
    this.ingestFunction.addEventSource(
      new SqsEventSource(this.ingestQueue, {
        batchSize: INGEST_BATCH_SIZE,
        reportBatchItemFailures: true,
        // Bounds parallel extractions (and later Textract jobs) however many uploads arrive at once.
        maxConcurrency: INGEST_RESERVED_CONCURRENCY,
      }),
    );
    const objects = (prefix: string) => this.bucket.arnForObjects(`${prefix}*`);
    this.ingestFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadUploadsAndStoredDocuments',
        effect: Effect.ALLOW,
        actions: ['s3:GetObject'],
        // extracted/: the idempotency check reads the stored document's parser version; papers/: the
        // markers of other copies of the same paper (functions/ingest/paper.ts); index/: the partition an
        // entry is filed in, read before its conditional write (functions/lib/doc-index.ts).
        resources: [
          objects(UPLOADS_PREFIX),
          objects(EXTRACTED_PREFIX),
          objects(PAPERS_PREFIX),
          objects(INDEX_PREFIX),
        ],
      }),
    );
    this.ingestFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'WriteDerivedObjects',
        effect: Effect.ALLOW,
        actions: ['s3:PutObject'],
        resources: [
          objects(EXTRACTED_PREFIX),
          objects(FACTS_PREFIX),
          objects(FAILED_PREFIX),
          objects(PAPERS_PREFIX),
          objects(INDEX_PREFIX),
        ],
      }),
    );
    this.ingestFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'MissingKeysAnswer404Not403',
        effect: Effect.ALLOW,
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
      }),
    );

    // ---- query API -----------------------------------------------------------------------------------
    const apiEntry = join(root, 'functions', 'api', 'handler.ts');
    const hasQueryApi = existsSync(apiEntry);
    this.apiFunction = new NodejsFunction(this, 'Api', {
      ...lambdaBase(this, 'Api'),
      entry: hasQueryApi ? apiEntry : join(root, 'functions', 'health', 'handler.ts'),
      handler: 'handler',
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.seconds(29),
      reservedConcurrentExecutions: API_RESERVED_CONCURRENCY,
      description: 'Nämndkoll query API (documents, measures, compare, decisions, export)',
      environment: {
        NAMNDKOLL_BUCKET: this.bucket.bucketName,
        POWERTOOLS_SERVICE_NAME: 'namndkoll-api',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      bundling: apiBundling(),
    });
    this.apiFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'ReadDocumentsFactsAndPdfs',
        effect: Effect.ALLOW,
        actions: ['s3:GetObject'],
        // uploads/: short-lived links to the PDF are signed with this role; index/: the document index.
        resources: [
          objects(INDEX_PREFIX),
          objects(EXTRACTED_PREFIX),
          objects(FACTS_PREFIX),
          objects(FAILED_PREFIX),
          objects(UPLOADS_PREFIX),
        ],
      }),
    );
    this.apiFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'UploadFromThePage',
        effect: Effect.ALLOW,
        actions: ['s3:PutObject'],
        // index/: a missing or older-version document index is rebuilt from extracted/ and written back.
        resources: [objects(UPLOADS_PREFIX), objects(INDEX_PREFIX)],
      }),
    );
    this.apiFunction.addToRolePolicy(
      new PolicyStatement({
        sid: 'ListDocuments',
        effect: Effect.ALLOW,
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
      }),
    );

    const apiAccessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Nämndkoll query API (IAM-authorised: sign requests with SigV4)',
      defaultAuthorizer: new HttpIamAuthorizer(),
      createDefaultStage: false,
    });
    new HttpStage(this, 'HttpApiStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      // Every route: a steady rate and a burst; beyond them API Gateway answers 429 before any Lambda runs.
      throttle: { rateLimit: API_RATE_LIMIT, burstLimit: API_BURST_LIMIT },
      accessLogSettings: { destination: new LogGroupLogDestination(apiAccessLogs) },
    });
    this.addApiRoute('/health', [HttpMethod.GET]);
    if (hasQueryApi) {
      // The query API routes itself (documents, measures, compare, decisions, export, uploads, the page):
      // everything else goes to it, behind the same IAM authorisation.
      this.addApiRoute('/', [HttpMethod.GET]);
      this.addApiRoute('/{proxy+}', [HttpMethod.ANY]);
    }

    // ---- SQL: Glue tables over facts/ + Athena -------------------------------------------------------
    this.glueDatabaseName = 'namndkoll';
    const database = new CfnDatabase(this, 'GlueDatabase', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: {
        name: this.glueDatabaseName,
        description: 'Facts extracted from Swedish health-board papers (facts/<table>/region=/year=/)',
      },
    });
    // The landing zone (landing_<table>), the compacted Parquet (compacted_<table>) and the views named like
    // the tables over both, plus the scheduled compaction function (infra/aws/compaction.ts).
    this.compaction = addCompaction(
      this,
      {
        bucket: this.bucket,
        databaseName: this.glueDatabaseName,
        database,
        alarmAction: this.alarmAction,
        lambdaBase,
        externals: [
          ...UNBUNDLED_PACKAGES,
          ...NEVER_SHIPPED_PACKAGES,
          'tesseract.js',
          '@tesseract.js-data/swe',
        ],
        viewInput: (name, description, sql, columns) =>
          prestoViewInput(name, description, sql, columns, this.glueDatabaseName),
      },
      (table, name) => factTableInput(table, this.bucket.bucketName, name),
    );
    // Views that count each paper once (documents_unique, measures_unique): the same SQL as `namndkoll sql`.
    for (const view of FACT_VIEWS) {
      const id = view.replace(/(^|_)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
      const glueView = new CfnTable(this, `GlueView${id}`, {
        catalogId: Aws.ACCOUNT_ID,
        databaseName: this.glueDatabaseName,
        tableInput: factViewInput(view, this.glueDatabaseName),
      });
      glueView.addResourceDependency(database);
    }

    this.athenaWorkGroup = new CfnWorkGroup(this, 'AthenaWorkGroup', {
      name: 'namndkoll',
      description: 'SQL over the Nämndkoll facts tables; results encrypted, settings enforced',
      state: 'ENABLED',
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: 10 * 1024 ** 3,
        resultConfiguration: {
          outputLocation: `s3://${athenaResults.bucketName}/results/`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
        },
      },
    });

    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'GlueDatabaseName', { value: this.glueDatabaseName });
    new CfnOutput(this, 'AthenaWorkGroupName', { value: 'namndkoll' });

    for (const extend of props.extensions ?? []) extend(this);
    acknowledgeNagFindings(this);
  }

  /** Routes the query API issue adds: each goes to the API function, IAM-authorised. */
  addApiRoute(path: string, methods: HttpMethod[]): void {
    this.httpApi.addRoutes({
      path,
      methods,
      integration: new HttpLambdaIntegration(
        `ApiIntegration${path.replace(/[^A-Za-z0-9]/g, '')}${methods.join('')}`,
        this.apiFunction,
      ),
    });
  }
}

/**
 * aws-cdk-lib declares IBucket.isWebsite as `boolean` and Bucket.isWebsite as `boolean | undefined`, which
 * only exactOptionalPropertyTypes notices; the object is the same.
 */
function asIBucket(bucket: Bucket): IBucket {
  return bucket as unknown as IBucket;
}

export function lambdaBase(scope: Construct, id: string) {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: RetentionDays.THREE_MONTHS,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  // Instead of AWSLambdaBasicExecutionRole (logs:CreateLogGroup/CreateLogStream/PutLogEvents on
  // every log group of the account): write access to this function's own log group only.
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Nämndkoll ${id} function: its own log group plus the statements the stack adds`,
  });
  role.addToPolicy(
    new PolicyStatement({
      sid: 'WriteOwnLogGroup',
      effect: Effect.ALLOW,
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [`${logGroup.logGroupArn}:*`],
    }),
  );
  return {
    runtime: Runtime.NODEJS_22_X,
    logGroup,
    role,
    depsLockFilePath: join(root, 'package-lock.json'),
    projectRoot: root,
  };
}

/** ESM bundle with a `require` for the CommonJS dependencies esbuild inlines. */
const ESM_BANNER =
  "import { createRequire as __namndkollCreateRequire } from 'node:module'; const require = __namndkollCreateRequire(import.meta.url);";

export function ingestBundling() {
  return {
    format: OutputFormat.ESM,
    target: 'node22',
    minify: true,
    sourceMap: true,
    banner: ESM_BANNER,
    mainFields: ['module', 'main'],
    // The AWS SDK is bundled too (not taken from the runtime): the version tested is the version run.
    // tesseract.js is bundled, not external: esbuild hoists an external import to the top of the ESM
    // bundle even when it is only reached through a lazy import(), and the module would then be required
    // at cold start. Bundled, its code runs only if OCR_ENGINE=tesseract is chosen (it is not on AWS).
    externalModules: [...UNBUNDLED_PACKAGES, ...NEVER_SHIPPED_PACKAGES],
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir: string, outputDir: string) => [
        // The extraction worker (functions/lib/extract-pool.ts) is a second entry: bundled beside
        // index.mjs under the name the pool looks for, with the same externals and banner.
        [
          `"${inputDir}/node_modules/.bin/esbuild" "${inputDir}/functions/lib/extract-worker.ts"`,
          '--bundle --platform=node --format=esm --target=node22 --minify --sourcemap',
          '--main-fields=module,main',
          ...[...UNBUNDLED_PACKAGES, ...NEVER_SHIPPED_PACKAGES].map((name) => `--external:${name}`),
          `"--banner:js=${ESM_BANNER}"`,
          `--outfile="${outputDir}/extract-worker.mjs"`,
        ].join(' '),
        `mkdir -p "${outputDir}/node_modules/pdfjs-dist/legacy/build"`,
        ...PDFJS_FILES_SHIPPED.map(
          (file) =>
            `cp "${inputDir}/node_modules/pdfjs-dist/${file}" "${outputDir}/node_modules/pdfjs-dist/${file}"`,
        ),
        // The ESM bundle needs a package.json saying so for node to load index.mjs's siblings as ESM.
        `echo '{"type":"module"}' > "${outputDir}/package.json"`,
      ],
    },
  };
}

function apiBundling() {
  return {
    format: OutputFormat.ESM,
    target: 'node22',
    minify: true,
    sourceMap: true,
    banner: ESM_BANNER,
    mainFields: ['module', 'main'],
    externalModules: [
      ...UNBUNDLED_PACKAGES,
      ...NEVER_SHIPPED_PACKAGES,
      'tesseract.js',
      '@tesseract.js-data/swe',
      '@duckdb/node-api',
    ],
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      // The page's static files ship beside the bundle; the API serves them (functions/api/handler.ts).
      afterBundling: (inputDir: string, outputDir: string) => [
        `if [ -d "${inputDir}/web" ]; then cp -R "${inputDir}/web" "${outputDir}/web"; fi`,
      ],
    },
  };
}

const PRESTO_TYPE: Record<SqlType, string> = { string: 'varchar', double: 'double', int: 'integer' };

/** The Athena view of a `_unique` view (parsers/facts.ts factViewSql). */
export function factViewInput(view: FactView, databaseName: string): CfnTable.TableInputProperty {
  return prestoViewInput(
    view,
    `${view}: each paper once (copies and superseded versions left out)`,
    factViewSql(view, (name) => `"${databaseName}"."${name}"`),
    factViewColumns(view),
    databaseName,
  );
}

/**
 * An Athena view as a Glue table: Athena stores a view as a VIRTUAL_VIEW whose original text is
 * `/* Presto View: <base64 JSON> *\/` holding the SQL, its schema and its column types.
 */
export function prestoViewInput(
  name: string,
  description: string,
  sql: string,
  columns: { name: string; type: SqlType }[],
  databaseName: string,
): CfnTable.TableInputProperty {
  const definition = {
    originalSql: sql,
    catalog: 'awsdatacatalog',
    schema: databaseName,
    columns: columns.map((column) => ({ name: column.name, type: PRESTO_TYPE[column.type] })),
  };
  return {
    name,
    description,
    tableType: 'VIRTUAL_VIEW',
    parameters: { presto_view: 'true', comment: 'Presto View' },
    viewOriginalText: `/* Presto View: ${Buffer.from(JSON.stringify(definition)).toString('base64')} */`,
    viewExpandedText: '/* Presto View */',
    storageDescriptor: {
      columns: columns.map((column) => ({ name: column.name, type: column.type })),
      serdeInfo: {},
    },
  };
}

/** The Glue table over facts/<table>/: JSON lines, Hive partitions region/year resolved by projection. */
export function factTableInput(
  table: FactTable,
  bucketName: string,
  name: string = table,
): CfnTable.TableInputProperty {
  const location = `s3://${bucketName}/${FACTS_PREFIX}${table}/`;
  return {
    name,
    description: `facts/${table}: the landing zone, one JSON object per line, partitioned by region and year (until compacted: use the view ${table})`,
    tableType: 'EXTERNAL_TABLE',
    parameters: {
      EXTERNAL: 'TRUE',
      classification: 'json',
      'projection.enabled': 'true',
      'projection.region.type': 'enum',
      'projection.region.values': [...REGION_CODES, UNKNOWN_REGION].join(','),
      'projection.year.type': 'integer',
      'projection.year.range': '1990,2100',
      'storage.location.template': `${location}region=\${region}/year=\${year}/`,
    },
    partitionKeys: [
      { name: 'region', type: 'string' },
      { name: 'year', type: 'int' },
    ],
    storageDescriptor: {
      location,
      columns: factColumns(table).map((column) => ({ name: column.name, type: column.type })),
      inputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
      outputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
      serdeInfo: {
        serializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
        parameters: { 'ignore.malformed.json': 'FALSE', 'case.insensitive': 'TRUE' },
      },
    },
  };
}
