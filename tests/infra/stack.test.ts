/**
 * The stack's security properties, event wiring, IAM actions and SQL tables, read from the synthesised
 * template; and cdk-nag's AwsSolutions checks with nothing unacknowledged. Bundling is skipped here (the
 * bundle test builds and runs the real asset).
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONSUMED_COLUMNS,
  MANIFEST_COLUMNS,
  unionSourceName,
  unionViewSql,
} from '../../functions/lib/compaction-core.ts';
import { OWN_LOG_GROUP_REASON } from '../../infra/aws/nag.ts';
import { NamndkollStack } from '../../infra/aws/namndkoll-stack.ts';
import { FACT_TABLES, FACT_VIEWS, factColumns, factViewColumns, factViewSql } from '../../parsers/facts.ts';
import { REGION_CODES } from '../../parsers/schema.ts';

let stack: NamndkollStack;
let template: Template;

beforeAll(() => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  stack = new NamndkollStack(app, 'Test');
  template = Template.fromStack(stack);
});

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

function statementsOfRole(rolePrefix: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  const out: Statement[] = [];
  for (const policy of Object.values(policies) as {
    Properties: { Roles: { Ref: string }[]; PolicyDocument: { Statement: Statement[] } };
  }[]) {
    if (policy.Properties.Roles.some((role) => role.Ref.startsWith(rolePrefix)))
      out.push(...policy.Properties.PolicyDocument.Statement);
  }
  return out;
}

const actionsOf = (statement: Statement) =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];
/** The resource ARNs of a statement as text, with the bucket's token rendered as `<bucket>`. */
function resourcesOf(statement: Statement): string[] {
  const list = Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
  return list.map((resource) => {
    const join = (resource as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    if (join) return join[1].map((part) => (typeof part === 'string' ? part : '<bucket>')).join(join[0]);
    return typeof resource === 'string' ? resource : '<bucket>';
  });
}

describe('bucket', () => {
  it('is private, encrypted, versioned and TLS-only', () => {
    const dataBucket = stack.getLogicalId(stack.bucket.node.defaultChild as never);
    const bucket = template.toJSON().Resources[dataBucket];
    expect(bucket.Type).toBe('AWS::S3::Bucket');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(
      bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault
        .SSEAlgorithm,
    ).toBe('AES256');
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.LoggingConfiguration.DestinationBucketName).toBeDefined();

    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: dataBucket },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('has no bucket without encryption or public access block', () => {
    for (const bucket of Object.values(template.findResources('AWS::S3::Bucket'))) {
      expect(bucket.Properties.BucketEncryption).toBeDefined();
      expect(bucket.Properties.PublicAccessBlockConfiguration.BlockPublicPolicy).toBe(true);
    }
  });
});

describe('event wiring', () => {
  it('sends ObjectCreated for uploads/*.pdf (both spellings) to the ingest queue', () => {
    const queue = stack.getLogicalId(stack.ingestQueue.node.defaultChild as never);
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: {
              Key: {
                FilterRules: [
                  { Name: 'suffix', Value: '.pdf' },
                  { Name: 'prefix', Value: 'uploads/' },
                ],
              },
            },
            QueueArn: { 'Fn::GetAtt': [queue, 'Arn'] },
          },
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: {
              Key: {
                FilterRules: [
                  { Name: 'suffix', Value: '.PDF' },
                  { Name: 'prefix', Value: 'uploads/' },
                ],
              },
            },
            QueueArn: { 'Fn::GetAtt': [queue, 'Arn'] },
          },
        ],
      },
    });
  });

  it('has encrypted, TLS-only queues and a DLQ after 3 receives', () => {
    const dlq = stack.getLogicalId(stack.deadLetterQueue.node.defaultChild as never);
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] }, maxReceiveCount: 3 },
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 720,
    });
    for (const queue of Object.values(template.findResources('AWS::SQS::Queue'))) {
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    }
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));
    expect(policies.length).toBeGreaterThanOrEqual(2);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      );
    }
  });

  it('alarms as soon as one message is in the DLQ', () => {
    const dlq = stack.getLogicalId(stack.deadLetterQueue.node.defaultChild as never);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq, 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 1,
    });
  });

  it('runs the ingest function on Node 22 with partial batch responses', () => {
    const fn = stack.getLogicalId(stack.ingestFunction.node.defaultChild as never);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 120,
      Environment: { Variables: Match.objectLike({ NAMNDKOLL_BUCKET: Match.anyValue() }) },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fn },
      EventSourceArn: {
        'Fn::GetAtt': [stack.getLogicalId(stack.ingestQueue.node.defaultChild as never), 'Arn'],
      },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 4,
    });
  });
});

describe('issue 11: alarms, limits, log bucket, log permissions', () => {
  it('sends every dead-letter alarm to an encrypted, TLS-only topic with an optional e-mail subscription', () => {
    const topic = stack.getLogicalId(stack.alarmTopic.node.defaultChild as never);
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as {
      Properties: { AlarmActions?: unknown[] };
    }[];
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
    const topicKey = template.toJSON().Resources[topic].Properties.KmsMasterKeyId;
    expect(JSON.stringify(topicKey)).toContain('alias/aws/sns');
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    template.hasParameter('AlarmEmail', { Type: 'String', Default: '' });
    const subscriptions = template.findResources('AWS::SNS::Subscription', {
      Properties: { Protocol: 'email', Endpoint: { Ref: 'AlarmEmail' } },
    });
    expect(Object.values(subscriptions).map((r) => (r as { Condition?: string }).Condition)).toEqual([
      'HasAlarmEmail',
    ]);
  });

  it('throttles the API stage and reserves concurrency for every function', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 }),
    });
    const functions = Object.entries(template.findResources('AWS::Lambda::Function')).filter(
      ([id]) => id.startsWith('Ingest') || id.startsWith('Api'),
    ) as [string, { Properties: { ReservedConcurrentExecutions?: number } }][];
    expect(functions.length).toBe(2);
    for (const [, fn] of functions) expect(fn.Properties.ReservedConcurrentExecutions).toBeGreaterThan(0);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });

  it('keeps extraction bounds inside the ingest function: budget × batch + margin ≤ timeout', () => {
    const fn = stack.getLogicalId(stack.ingestFunction.node.defaultChild as never);
    const variables = template.toJSON().Resources[fn].Properties.Environment.Variables;
    const budget = Number(variables.EXTRACT_TIME_BUDGET_MS);
    const ceiling = Number(variables.EXTRACT_MEMORY_CEILING_MB);
    expect(budget * 4 + 10_000).toBeLessThanOrEqual(120_000);
    expect(ceiling).toBeLessThan(1024);
  });

  it('the access-log bucket takes no ACLs and is written by the logging service under a bucket policy', () => {
    const buckets = Object.entries(template.findResources('AWS::S3::Bucket')) as [
      string,
      { Properties: { OwnershipControls?: unknown; AccessControl?: string } },
    ][];
    const [logsId, logs] = buckets.find(([id]) => id.startsWith('AccessLogs')) ?? [];
    expect(logs?.Properties.OwnershipControls).toEqual({
      Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }],
    });
    expect(logs?.Properties.AccessControl).toBeUndefined();
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logsId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
          }),
        ]),
      },
    });
  });

  it('lets each function write only its own log group, with no managed policy', () => {
    const roles = Object.values(template.findResources('AWS::IAM::Role')) as {
      Properties: { ManagedPolicyArns?: unknown[]; AssumeRolePolicyDocument: unknown };
    }[];
    const lambdaRoles = roles.filter((role) =>
      JSON.stringify(role.Properties.AssumeRolePolicyDocument).includes('lambda.amazonaws.com'),
    );
    for (const fn of [stack.ingestFunction, stack.apiFunction]) {
      const role = stack.getLogicalId(fn.role!.node.defaultChild as never);
      const logs = statementsOfRole(role).filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
      expect(logs).toHaveLength(1);
      expect(actionsOf(logs[0]!).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
      // The suppression's reason names exactly what is granted, no more and no less.
      expect(actionsOf(logs[0]!).sort()).toEqual(
        [...OWN_LOG_GROUP_REASON.matchAll(/logs:\w+/g)].map((m) => m[0]).sort(),
      );
      expect(JSON.stringify(logs[0]!.Resource)).toMatch(/Logs[0-9A-F]+","Arn"\]\},":\*"/);
      expect(template.toJSON().Resources[role].Properties.ManagedPolicyArns).toBeUndefined();
    }
    // CDK's own notification handler keeps its role; none of the project's functions has a managed policy.
    expect(lambdaRoles.filter((role) => role.Properties.ManagedPolicyArns).length).toBeLessThanOrEqual(1);
  });
});

describe('IAM', () => {
  it('lets the ingest function read uploads and write only extracted/, facts/, failed/, papers/ and index/', () => {
    const role = stack.getLogicalId(stack.ingestFunction.role!.node.defaultChild as never);
    const statements = statementsOfRole(role).filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
    const allowed = new Map<string, string[]>();
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      for (const action of actionsOf(statement))
        allowed.set(action, [...(allowed.get(action) ?? []), ...resourcesOf(statement)]);
    }
    expect([...allowed.keys()].sort()).toEqual(['s3:GetObject', 's3:ListBucket', 's3:PutObject']);
    expect(allowed.get('s3:GetObject')!.sort()).toEqual([
      '<bucket>/extracted/*',
      '<bucket>/index/*',
      '<bucket>/papers/*',
      '<bucket>/uploads/*',
    ]);
    expect(allowed.get('s3:PutObject')!.sort()).toEqual([
      '<bucket>/extracted/*',
      '<bucket>/facts/*',
      '<bucket>/failed/*',
      '<bucket>/index/*',
      '<bucket>/papers/*',
    ]);
    expect(allowed.get('s3:ListBucket')).toEqual(['<bucket>']);
  });

  it('grants no s3:* to any function, and delete only to the compaction (landing files, parts, its own objects)', () => {
    for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
      const compaction = policy.Properties.Roles.some((role: { Ref: string }) =>
        role.Ref.startsWith('CompactRole'),
      );
      for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) {
        for (const action of actionsOf(statement)) {
          expect(action).not.toBe('s3:*');
          expect(action).not.toBe('*');
          if (!action.startsWith('s3:Delete')) continue;
          expect(compaction, `${action} outside the compaction role`).toBe(true);
          expect(action).toBe('s3:DeleteObject');
          expect(resourcesOf(statement).sort()).toEqual([
            '<bucket>/compacted/*',
            '<bucket>/compaction/*',
            '<bucket>/facts/*',
          ]);
        }
      }
    }
  });

  it('lets the compaction read facts/, extracted/, compacted/, compaction/ and write only compacted/ and compaction/', () => {
    const statements = statementsOfRole('CompactRole').filter((s) =>
      actionsOf(s).some((a) => a.startsWith('s3:')),
    );
    const allowed = new Map<string, string[]>();
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.Condition).toBeUndefined();
      for (const action of actionsOf(statement))
        allowed.set(action, [...(allowed.get(action) ?? []), ...resourcesOf(statement)].sort());
    }
    expect([...allowed.keys()].sort()).toEqual([
      's3:DeleteObject',
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
    ]);
    expect(allowed.get('s3:GetObject')).toEqual([
      '<bucket>/compacted/*',
      '<bucket>/compaction/*',
      '<bucket>/extracted/*',
      '<bucket>/facts/*',
    ]);
    expect(allowed.get('s3:PutObject')).toEqual(['<bucket>/compacted/*', '<bucket>/compaction/*']);
    expect(allowed.get('s3:ListBucket')).toEqual(['<bucket>']);
  });
});

describe('HTTP API', () => {
  it('authorises GET /health with IAM', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /health',
      AuthorizationType: 'AWS_IAM',
    });
    for (const route of Object.values(template.findResources('AWS::ApiGatewayV2::Route'))) {
      expect(route.Properties.AuthorizationType).toBe('AWS_IAM');
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });
});

describe('SQL over facts/', () => {
  const glueTables = () =>
    Object.values(template.findResources('AWS::Glue::Table')).map((t) => t.Properties.TableInput);

  it('has a landing table (JSON Lines) and a compacted table (Parquet) per fact table, columns from the zod schema', () => {
    const tables = glueTables().filter((input) => input.TableType === 'EXTERNAL_TABLE');
    expect(tables.map((input) => input.Name).sort()).toEqual(
      [
        ...FACT_TABLES.flatMap((t) => [`landing_${t}`, `compacted_${t}`]),
        'compaction_consumed',
        'compaction_manifest',
      ].sort(),
    );
    for (const input of tables.filter((i) => /^(landing|compacted)_/.test(i.Name))) {
      const [kind, name] = input.Name.split('_') as ['landing' | 'compacted', (typeof FACT_TABLES)[number]];
      expect(input.StorageDescriptor.Columns).toEqual(
        factColumns(name).map((c) => ({ Name: c.name, Type: c.type })),
      );
      expect(input.PartitionKeys).toEqual([
        { Name: 'region', Type: 'string' },
        { Name: 'year', Type: 'int' },
      ]);
      expect(input.StorageDescriptor.SerdeInfo.SerializationLibrary).toBe(
        kind === 'landing'
          ? 'org.openx.data.jsonserde.JsonSerDe'
          : 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
      );
      expect(input.Parameters['projection.enabled']).toBe('true');
      expect(input.Parameters['projection.region.values'].split(',')).toEqual([...REGION_CODES, 'unknown']);
      expect(input.Parameters['projection.year.range']).toBe('1990,2100');
      const template = JSON.stringify(input.Parameters['storage.location.template']);
      const prefix = kind === 'landing' ? 'facts' : 'compacted';
      expect(template).toContain(`/${prefix}/${name}/region=\${region}/year=\${year}/`);
    }
    const manifest = tables.find((i) => i.Name === 'compaction_manifest');
    expect(manifest.StorageDescriptor.Columns).toEqual(
      MANIFEST_COLUMNS.map((c) => ({ Name: c.name, Type: c.type })),
    );
    expect(JSON.stringify(manifest.StorageDescriptor.Location)).toContain('/compaction/manifest/');
    const consumed = tables.find((i) => i.Name === 'compaction_consumed');
    expect(consumed.StorageDescriptor.Columns).toEqual(
      CONSUMED_COLUMNS.map((c) => ({ Name: c.name, Type: c.type })),
    );
    expect(JSON.stringify(consumed.StorageDescriptor.Location)).toContain('/compaction/consumed/');
  });

  it('names the union views like the tables, with the SQL the DuckDB test runs (compaction-s3.test.ts)', () => {
    for (const table of FACT_TABLES) {
      const input = glueTables().find((i) => i.Name === table);
      expect(input.TableType).toBe('VIRTUAL_VIEW');
      const encoded = /^\/\* Presto View: ([A-Za-z0-9+/=]+) \*\/$/.exec(input.ViewOriginalText)?.[1];
      const definition = JSON.parse(Buffer.from(encoded!, 'base64').toString('utf8'));
      expect(definition.originalSql).toBe(
        unionViewSql(table, (source) => `"namndkoll"."${unionSourceName(source)}"`),
      );
      expect(definition.columns.map((c: { name: string }) => c.name)).toEqual([
        ...factColumns(table).map((c) => c.name),
        'region',
        'year',
      ]);
    }
    // The logical ids the JSON tables had: a deployed stack updates them in place into the views.
    for (const id of ['GlueTableDocuments', 'GlueTableMeasures', 'GlueTableAmounts', 'GlueTableDecisions'])
      expect(template.toJSON().Resources[id].Properties.TableInput.TableType).toBe('VIRTUAL_VIEW');
  });

  it('runs the compaction every 15 minutes on arm64, one at a time, with a dead-letter queue and an alarm', () => {
    const fn = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('Compact'),
    )?.[1];
    const dlq = stack.getLogicalId(stack.compaction.deadLetterQueue.node.defaultChild as never);
    expect(fn?.Properties).toMatchObject({
      Architectures: ['arm64'],
      Runtime: 'nodejs22.x',
      ReservedConcurrentExecutions: 1,
      Timeout: 900,
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] } },
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      Targets: [Match.objectLike({ DeadLetterConfig: Match.anyValue(), RetryPolicy: Match.anyValue() })],
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 2 });
    template.hasResourceProperties('AWS::SQS::Queue', Match.objectLike({ SqsManagedSseEnabled: true }));
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq, 'QueueName'] } }],
      Threshold: 0,
      AlarmActions: Match.anyValue(),
    });
  });

  it('has the views that count each paper once, with the SQL and columns of `namndkoll sql`', () => {
    const views = Object.values(template.findResources('AWS::Glue::Table')).filter(
      (t) => t.Properties.TableInput.TableType === 'VIRTUAL_VIEW',
    );
    expect(views.map((t) => t.Properties.TableInput.Name).sort()).toEqual(
      [...FACT_VIEWS, ...FACT_TABLES].sort(),
    );
    for (const view of views.filter((v) => v.Properties.TableInput.Name.endsWith('_unique'))) {
      const input = view.Properties.TableInput;
      const name = input.Name as (typeof FACT_VIEWS)[number];
      expect(input.Parameters).toEqual({ presto_view: 'true', comment: 'Presto View' });
      const encoded = /^\/\* Presto View: ([A-Za-z0-9+/=]+) \*\/$/.exec(input.ViewOriginalText)?.[1];
      expect(encoded).toBeDefined();
      const definition = JSON.parse(Buffer.from(encoded!, 'base64').toString('utf8'));
      expect(definition.originalSql).toBe(factViewSql(name, (table) => `"namndkoll"."${table}"`));
      expect(definition.schema).toBe('namndkoll');
      const types = { string: 'varchar', double: 'double', int: 'integer' } as const;
      expect(definition.columns).toEqual(
        factViewColumns(name).map((c) => ({ name: c.name, type: types[c.type] })),
      );
      expect(input.StorageDescriptor.Columns).toEqual(
        factViewColumns(name).map((c) => ({ Name: c.name, Type: c.type })),
      );
    }
  });

  it('has an Athena workgroup that enforces encrypted results', () => {
    template.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        ResultConfiguration: {
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
          OutputLocation: Match.anyValue(),
        },
      },
    });
  });
});

describe('cdk-nag', () => {
  it('passes the AwsSolutions checks with every finding acknowledged', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    const unacknowledged = report.violations.map(
      (v) => `${v.ruleName} (${v.severity}): ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(unacknowledged).toEqual([]);
    expect(report.success).toBe(true);
  });
});
