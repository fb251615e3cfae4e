// Prints the sum of its arguments and the value of CALLOUT_GREETING: NodeProgramTest checks both.
const sum = process.argv.slice(2).map(Number).reduce((a, b) => a + b, 0);
console.log(`${process.env.CALLOUT_GREETING} ${sum}`);
process.exit(sum > 100 ? 3 : 0);
