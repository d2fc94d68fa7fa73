// Lambda managed runtimes the labs use or once used, with the date each reaches (or reached) end of
// support ("deprecation date": no security patches; creating and then updating functions gets
// blocked in the weeks after). Source: the AWS Lambda runtimes page
// (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), "Supported runtimes" and
// "Deprecated runtimes" tables, as restated in the project brief for dotnet8 and dotnet10.
// dotnet10's date is published as a month (November 2028): we record the first day of that month
// so a review never passes a runtime that might already be retired. A runtime missing from this
// table fails review until someone adds it with its published date.
export interface RuntimeSupport {
    runtime: string;
    /** ISO date (UTC) on which Lambda ends support for the runtime. */
    deprecation: string;
}

export const LambdaRuntimes: readonly RuntimeSupport[] = [
    { runtime: "dotnet6", deprecation: "2024-12-20" },
    { runtime: "dotnet8", deprecation: "2026-11-10" },
    { runtime: "dotnet10", deprecation: "2028-11-01" },
    { runtime: "nodejs16.x", deprecation: "2024-06-12" },
];

export function runtimeSupport(runtime: string): RuntimeSupport | undefined {
    return LambdaRuntimes.find(r => r.runtime === runtime);
}
