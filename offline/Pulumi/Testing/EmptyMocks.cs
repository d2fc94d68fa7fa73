using System.Threading.Tasks;

namespace Pulumi.Testing
{
    /// <summary>
    /// The real SDK's do-nothing mocks: no ID and the inputs as state for resources; invokes get their
    /// own args back (which, as in the real SDK, cannot be serialized as a result).
    /// </summary>
    public class EmptyMocks : IMocks
    {
        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
            => Task.FromResult<(string? id, object state)>((null, args.Inputs));

        public Task<object> CallAsync(MockCallArgs args)
            => Task.FromResult<object>(args);
    }
}
