import { App } from 'aws-cdk-lib';
import { addSteadyStack } from './steady-app';

const app = new App();
addSteadyStack(app);
app.synth();
