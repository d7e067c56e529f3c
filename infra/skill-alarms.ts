import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

const ALARM_PERIOD = Duration.minutes(5);

/** An invocation slower than this fraction of the timeout is close to failing the user. */
export const DURATION_ALARM_FRACTION_OF_TIMEOUT = 0.8;

/**
 * The messages the skill logs when a practice it should have counted was not recorded, or its
 * write could not be confirmed (a timeout, a dropped connection: most likely lost too).
 */
export const LOST_PRACTICE_LOG_MESSAGES = ['practice not recorded', 'practice recording unconfirmed'] as const;
export const LOST_PRACTICES_METRIC = { namespace: 'Steady', metricName: 'LostPractices' } as const;

export interface SkillAlarmsProps {
  readonly function: IFunction;
  /** The function's log group, where lost practices are counted from their log lines. */
  readonly logGroup: ILogGroup;
  readonly timeout: Duration;
  /** Where the alarms are emailed (`-c alarmEmail=…`); without it they notify nobody. */
  readonly alarmEmail?: string;
}

/** Alarms for the ways the skill fails its users: errors, throttles, near-timeouts, and lost practices. */
export class SkillAlarms extends Construct {
  readonly errors: Alarm;
  readonly throttles: Alarm;
  readonly duration: Alarm;
  readonly lostPractices: Alarm;
  /** The topic the alarms publish to, when an email address was given. */
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, props: SkillAlarmsProps) {
    super(scope, id);
    const fn = props.function;
    const common = {
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No traffic is not a failure: a personal skill is silent most of the day.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    };

    this.errors = new Alarm(this, 'Errors', {
      ...common,
      alarmDescription: 'The Steady skill function failed at least once in 5 minutes.',
      metric: fn.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }),
      threshold: 1,
    });

    this.throttles = new Alarm(this, 'Throttles', {
      ...common,
      alarmDescription: 'Lambda throttled the Steady skill function at least once in 5 minutes.',
      metric: fn.metricThrottles({ period: ALARM_PERIOD, statistic: 'Sum' }),
      threshold: 1,
    });

    // Maximum, not an average: Alexa gives up on any single response slower than 8 s.
    const thresholdMs = Math.round(props.timeout.toMilliseconds() * DURATION_ALARM_FRACTION_OF_TIMEOUT);
    this.duration = new Alarm(this, 'Duration', {
      ...common,
      alarmDescription: `A Steady skill invocation took ${thresholdMs} ms or more, close to its ${props.timeout.toSeconds()} s timeout.`,
      metric: fn.metricDuration({ period: ALARM_PERIOD, statistic: 'Maximum' }),
      threshold: thresholdMs,
    });

    // A practice that could not be recorded answers the user kindly and raises no error, so it is
    // counted from its log line (a metric filter: no code on the request path) and alarmed on.
    props.logGroup.addMetricFilter('LostPracticesFilter', {
      filterPattern: FilterPattern.any(
        ...LOST_PRACTICE_LOG_MESSAGES.map((message) => FilterPattern.stringValue('$.message', '=', message)),
      ),
      metricNamespace: LOST_PRACTICES_METRIC.namespace,
      metricName: LOST_PRACTICES_METRIC.metricName,
      metricValue: '1',
    });
    this.lostPractices = new Alarm(this, 'LostPractices', {
      ...common,
      alarmDescription: 'The Steady skill lost (or could not confirm) at least one practice in 5 minutes.',
      metric: new Metric({ ...LOST_PRACTICES_METRIC, period: ALARM_PERIOD, statistic: 'Sum' }),
      threshold: 1,
    });

    if (props.alarmEmail) {
      // An encrypted topic (cdk-nag SNS2, SNS3), whose key CloudWatch may use to publish to it.
      const key = new Key(this, 'TopicKey', {
        description: 'Encrypts the Steady alarm notifications topic',
        enableKeyRotation: true,
      });
      key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
      this.topic = new Topic(this, 'Notifications', { displayName: 'Steady alarms', masterKey: key, enforceSSL: true });
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      const action = new SnsAction(this.topic);
      for (const alarm of [this.errors, this.throttles, this.duration, this.lostPractices]) alarm.addAlarmAction(action);
    }
  }
}
