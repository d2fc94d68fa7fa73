using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>
    /// The stack Deployment.TestAsync creates around a callback. It is left out of the resources
    /// TestAsync returns; what the callback returns becomes the test's outputs.
    /// </summary>
    internal sealed class TestStack : Stack
    {
        public TestStack(Func<Task<IDictionary<string, object?>>> createResources)
        {
            var outputs = createResources();
            CallbackTask = outputs;
            SetOutputs(Output.Create(outputs));
        }

        public Task<IDictionary<string, object?>> CallbackTask { get; }

        public IDictionary<string, object?> CallbackOutputs
            => CallbackTask.IsCompletedSuccessfully ? CallbackTask.Result : ImmutableDictionary<string, object?>.Empty;
    }
}
