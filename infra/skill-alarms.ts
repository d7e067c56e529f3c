import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

const ALARM_PERIOD = Duration.minutes(5);

/** An invocation slower than this fraction of the timeout is close to failing the user. */
export const DURATION_ALARM_FRACTION_OF_TIMEOUT = 0.8;

export interface SkillAlarmsProps {
  readonly function: IFunction;
  readonly timeout: Duration;
}

/** Alarms for the three ways the skill fails its users: errors, throttles, and near-timeouts. */
export class SkillAlarms extends Construct {
  readonly errors: Alarm;
  readonly throttles: Alarm;
  readonly duration: Alarm;

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
  }
}
