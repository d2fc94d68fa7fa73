using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>
    /// The stack Deployment.TestAsync creates around a callback, as the real Testing/TestStack.cs (v3.90.0): the callback
    /// runs to completion inside the constructor (an exception from it is the constructor's), its outputs are kept for
    /// the test only, and the stack itself registers no outputs ([Output] properties: none). It is left out of the
    /// resources TestAsync returns.
    /// </summary>
    internal sealed class TestStack : Stack
    {
        public TestStack(Func<Task<IDictionary<string, object?>>> createResources)
        {
            CallbackOutputs = createResources().GetAwaiter().GetResult();
        }

        public IDictionary<string, object?> CallbackOutputs { get; }
    }
}
