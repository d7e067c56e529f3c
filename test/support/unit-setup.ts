/**
 * The unit project runs without DynamoDB Local (and so without Java). Nothing in it may reach a
 * table: the DynamoDB endpoint points at a closed loopback port, so a stray call fails fast and
 * never leaves the machine.
 */
process.env.AWS_ENDPOINT_URL_DYNAMODB = 'http://127.0.0.1:9';
process.env.AWS_REGION ??= 'us-east-1';
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
// This machine's Node 20 makes the AWS SDK warn once per worker; Lambda's Node 22 never does.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
