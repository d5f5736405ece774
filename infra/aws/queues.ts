/**
 * An SQS queue that feeds a Lambda function, its dead-letter queue (after 3 receives) and an alarm
 * on the dead-letter queue's depth: the shape every event source of the stack uses.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IAlarmAction, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export interface QueueWithDeadLettersProps {
  /** Construct ids, kept stable so deployed resources are not replaced. */
  ids: { queue: string; deadLetters: string; alarm: string };
  /** The consuming function's timeout: the visibility timeout is six times it (AWS guidance). */
  consumerTimeout: Duration;
  retentionPeriod?: Duration;
  alarmDescription: string;
  /** Who is told when the alarm fires (the stack's alarm topic). */
  alarmAction?: IAlarmAction;
}

export interface QueueWithDeadLetters {
  queue: Queue;
  deadLetterQueue: Queue;
  alarm: Alarm;
}

export function queueWithDeadLetters(
  scope: Construct,
  props: QueueWithDeadLettersProps,
): QueueWithDeadLetters {
  const deadLetterQueue = new Queue(scope, props.ids.deadLetters, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  const queue = new Queue(scope, props.ids.queue, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
    ...(props.retentionPeriod ? { retentionPeriod: props.retentionPeriod } : {}),
    deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: 3 },
  });
  const alarm = new Alarm(scope, props.ids.alarm, {
    alarmDescription: props.alarmDescription,
    metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(1),
      statistic: 'Maximum',
    }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  if (props.alarmAction) alarm.addAlarmAction(props.alarmAction);
  return { queue, deadLetterQueue, alarm };
}
