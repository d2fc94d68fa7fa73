using System.Threading.Tasks;

namespace Pulumi.Testing
{
    /// <summary>Test doubles for the engine: they create resources and answer invokes.</summary>
    public interface IMocks
    {
        /// <summary>
        /// Called for every resource the program registers except the stack itself (component resources
        /// included, as in the real mock monitor). Returns the ID (may be null) and the state: a dictionary
        /// such as <c>args.Inputs</c>, or an [OutputType] object.
        /// </summary>
        Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args);

        /// <summary>Called for every invoke (and call); returns a dictionary or an [OutputType] object.</summary>
        Task<object> CallAsync(MockCallArgs args);

        /// <summary>Called when a component (including the stack) registers its outputs.</summary>
        Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => Task.CompletedTask;
    }
}
