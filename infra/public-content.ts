/**
 * Steady's public HTTPS content: one private S3 bucket behind one CloudFront distribution, read
 * by CloudFront alone through origin access control. It serves the rendered audio tracks (under
 * `tracks/`, which AudioPlayer streams: it needs HTTPS with a trusted certificate, and
 * `*.cloudfront.net` has one) and the static pages in `infra/site/` (the privacy policy and terms).
 * Both folders go up in one BucketDeployment, so a deploy publishes a whole set or nothing, and
 * files no longer rendered are removed.
 */
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Duration, RemovalPolicy, Size, Stack, Validations } from 'aws-cdk-lib';
import { AllowedMethods, Distribution, HttpVersion, PriceClass, ViewerProtocolPolicy, CachePolicy } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
/** Where `npm run render-tracks` writes: `tracks/<key>.mp3` and `tracks/manifest.json`. Git-ignored. */
export const DEFAULT_RENDERED_DIR = path.join(PROJECT_ROOT, '.rendered', 'public');
export const SITE_DIR = path.join(PROJECT_ROOT, 'infra', 'site');
export const TRACKS_FOLDER = 'tracks';
export const MANIFEST_FILE = 'manifest.json';

export interface PublicContentProps {
  /** The folder render-tracks wrote; tracks are published only when its manifest is there. */
  readonly renderedDir?: string;
  /** The static pages; published when the folder exists. */
  readonly siteDir?: string;
}

/** Whether a complete set of tracks was rendered into `dir` (render-tracks writes the manifest last). */
export function hasRenderedTracks(dir: string): boolean {
  return existsSync(path.join(dir, TRACKS_FOLDER, MANIFEST_FILE));
}

/** How long the CDN's and the bucket's access logs are kept (the privacy policy says so). */
export const ACCESS_LOG_DAYS = 90;

export class PublicContent extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<distribution>.cloudfront.net`, no trailing slash. */
  readonly baseUrl: string;
  /** True when this synth publishes rendered tracks, so the skill may hand them to AudioPlayer. */
  readonly servesTracks: boolean;

  constructor(scope: Construct, id: string, props: PublicContentProps = {}) {
    super(scope, id);
    const renderedDir = props.renderedDir ?? DEFAULT_RENDERED_DIR;
    const siteDir = props.siteDir ?? SITE_DIR;

    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are delivered with an ACL, so this bucket must accept one.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(ACCESS_LOG_DAYS) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions::AwsSolutions-S1',
      reason:
        'This is the access-log bucket of the public content bucket and its distribution; logging ' +
        'its own access would write logs about logs without end.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'bucket/',
      // Everything in it is rendered or written again by a deploy.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Steady public content: audio tracks and the privacy and terms pages',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      },
      defaultRootObject: 'privacy.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'distribution/',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions::AwsSolutions-CFR1',
      reason:
        'Steady is offered in the US, UK, Canada, Australia and India, and the privacy policy must be ' +
        'readable from anywhere (certification reviewers, travellers); the content is public by design.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions::AwsSolutions-CFR2',
      reason:
        'Read-only public static files (audio and two pages) with GET and HEAD only and no origin ' +
        'logic behind them; a web ACL would add a monthly cost without protecting anything writable.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions::AwsSolutions-CFR4',
      reason:
        "Served on the distribution's own *.cloudfront.net name, whose trusted certificate AudioPlayer " +
        'requires; with the default certificate CloudFront sets the viewer TLS policy itself. A custom ' +
        'domain with TLSv1.2_2021 can be added when Steady has one.',
    });
    this.baseUrl = `https://${this.distribution.distributionDomainName}`;

    const sources: ISource[] = [];
    this.servesTracks = hasRenderedTracks(renderedDir);
    if (this.servesTracks) sources.push(Source.asset(renderedDir));
    if (existsSync(siteDir) && readdirSync(siteDir).length > 0) sources.push(Source.asset(siteDir));
    if (sources.length > 0) {
      const deployment = new BucketDeployment(this, 'Deployment', {
        sources,
        destinationBucket: this.bucket,
        distribution: this.distribution,
        distributionPaths: ['/*'],
        prune: true,
        memoryLimit: 1024,
        // The whole set of tracks is about 165 MB, unzipped beside its zip.
        ephemeralStorageSize: Size.gibibytes(2),
        // Tracks are named by their content, so they may be cached for good; pages are small.
        cacheControl: [],
      });
      this.acknowledgeDeploymentHandler(deployment);
    }
  }

  /**
   * BucketDeployment's own copy function and role, made by the CDK: each finding cdk-nag reports
   * on them, acknowledged one by one with the grant it is about.
   */
  private acknowledgeDeploymentHandler(deployment: BucketDeployment): void {
    const stack = Stack.of(this);
    const bucketId = stack.resolve(stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket)) as string;
    const handlers = stack.node.findAll().filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    const findings: Record<string, string> = {
      'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
        "The CDK's BucketDeployment copy function uses AWSLambdaBasicExecutionRole only to write its own CloudWatch logs; it runs during deploys only.",
      'AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]':
        "Read of the CDK bootstrap asset bucket's objects, where this deploy's zipped tracks and pages are staged.",
      [`AwsSolutions::AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`]:
        'Write and delete under this content bucket only: the deployment replaces the published set and prunes what is no longer rendered.',
      'AwsSolutions::AwsSolutions-IAM5[Action::s3:GetBucket*]':
        "The CDK's grantRead on the asset bucket and this content bucket (location and versioning reads).",
      'AwsSolutions::AwsSolutions-IAM5[Action::s3:GetObject*]':
        "The CDK's grantRead: reading the staged asset objects and the published ones to compare.",
      'AwsSolutions::AwsSolutions-IAM5[Action::s3:List*]':
        "The CDK's grantRead: listing the published objects so that prune can remove the old ones.",
      'AwsSolutions::AwsSolutions-IAM5[Action::s3:DeleteObject*]': 'Prune: tracks no longer rendered are deleted from this content bucket.',
      'AwsSolutions::AwsSolutions-IAM5[Action::s3:Abort*]': 'Aborting its own multipart uploads of large tracks into this content bucket.',
      'AwsSolutions::AwsSolutions-L1':
        "The runtime of the CDK's BucketDeployment copy function is chosen by aws-cdk-lib and moves with it; it runs during deploys only.",
      'AwsSolutions::AwsSolutions-IAM5[Resource::*]':
        'cloudfront:CreateInvalidation and GetInvalidation, which the CDK grants on * for the cache refresh after each deploy; CloudFront has no narrower resource for them in the copy function.',
    };
    for (const scope of [deployment, ...handlers]) {
      for (const [id, reason] of Object.entries(findings)) Validations.of(scope).acknowledge({ id, reason });
    }
  }
}
