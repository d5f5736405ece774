/**
 * The Textract wiring read from the synthesised template: encrypted TLS-only topic, queue with DLQ
 * subscribed with raw delivery, the role Textract assumes (sns:Publish on that topic only), the
 * functions' Textract actions, PassRole on that role only, and cdk-nag with nothing unacknowledged.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { NamndkollStack } from '../../infra/aws/namndkoll-stack.ts';
import { addTextract, type TextractOcr } from '../../infra/aws/textract.ts';

let stack: NamndkollStack;
let textract: TextractOcr | undefined;
let template: Template;

beforeAll(() => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  stack = new NamndkollStack(app, 'Test', {
    extensions: [
      (s) => {
        textract = addTextract(s);
      },
    ],
  });
  template = Template.fromStack(stack);
});

type Statement = {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
};

function statementsOf(roleLogicalId: string): Statement[] {
  const out: Statement[] = [];
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy')) as {
    Properties: { Roles: { Ref: string }[]; PolicyDocument: { Statement: Statement[] } };
  }[]) {
    if (policy.Properties.Roles.some((role) => role.Ref === roleLogicalId))
      out.push(...policy.Properties.PolicyDocument.Statement);
  }
  return out;
}

const actions = (statement: Statement) =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];
const logicalId = (construct: { node: { defaultChild?: unknown } } | undefined) =>
  stack.getLogicalId(construct?.node.defaultChild as never);

describe('Textract completion channel', () => {
  it('encrypts the topic with a rotating customer key and refuses non-TLS publishing', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('subscribes an encrypted queue with raw delivery and a dead-letter queue watched by an alarm', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'sqs',
      RawMessageDelivery: true,
      TopicArn: { Ref: logicalId(textract?.topic) },
      Endpoint: { 'Fn::GetAtt': [logicalId(textract?.queue), 'Arn'] },
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(textract?.deadLetterQueue), 'Arn'] },
        maxReceiveCount: 3,
      },
    });
    // Told to the stack's alarm topic like the ingest dead letters (issue 11, case 11), not silent.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('Textract completions'),
      Threshold: 0,
      AlarmActions: [{ Ref: stack.getLogicalId(stack.alarmTopic.node.defaultChild as never) }],
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(textract?.queue), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });
});

describe('IAM', () => {
  it('lets Textract assume the publish role, which may publish to that topic only', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({ Principal: { Service: 'textract.amazonaws.com' }, Action: 'sts:AssumeRole' }),
        ],
      },
    });
    const statements = statementsOf(logicalId(textract?.publishRole));
    const publish = statements.find((s) => actions(s).includes('sns:Publish'));
    expect(publish?.Resource).toEqual({ Ref: logicalId(textract?.topic) });
    expect(statements.flatMap(actions).filter((a) => a.startsWith('sns:'))).toEqual(['sns:Publish']);
  });

  it('gives ingest StartDocumentAnalysis, PassRole on the publish role only, and the configuration', () => {
    const role = stack.ingestFunction.role?.node.defaultChild as never;
    const statements = statementsOf(stack.getLogicalId(role));
    const start = statements.find((s) => actions(s).includes('textract:StartDocumentAnalysis'));
    expect(actions(start as Statement)).toEqual(['textract:StartDocumentAnalysis']);
    const pass = statements.find((s) => actions(s).includes('iam:PassRole'));
    expect(pass?.Resource).toEqual({ 'Fn::GetAtt': [logicalId(textract?.publishRole), 'Arn'] });
    expect(pass?.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'textract.amazonaws.com' } });
    expect(statements.flatMap(actions)).not.toContain('textract:GetDocumentAnalysis');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('S3 upload notifications'),
      Environment: {
        Variables: Match.objectLike({
          OCR_ENGINE: 'textract',
          TEXTRACT_TOPIC_ARN: { Ref: logicalId(textract?.topic) },
          TEXTRACT_ROLE_ARN: { 'Fn::GetAtt': [logicalId(textract?.publishRole), 'Arn'] },
        }),
      },
    });
  });

  it('gives the completion function GetDocumentAnalysis and no way to start jobs or delete objects', () => {
    const role = textract?.completeFunction.role?.node.defaultChild as never;
    const all = statementsOf(stack.getLogicalId(role)).flatMap(actions);
    expect(all).toContain('textract:GetDocumentAnalysis');
    expect(all).not.toContain('textract:StartDocumentAnalysis');
    expect(all.some((a) => a.startsWith('s3:') && a.includes('Delete'))).toBe(false);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('Textract completions'),
      Runtime: 'nodejs22.x',
      Timeout: 300,
    });
  });
});

describe('cdk-nag', () => {
  it('passes AwsSolutions with every Textract finding acknowledged', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations.map((v) => JSON.stringify(v)).join('\n')).toBe('');
    expect(report.success).toBe(true);
  });
});
