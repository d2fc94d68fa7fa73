#nullable disable
namespace Amazon.Lambda.Core
{
    using System.IO;

    /// <summary>Facade of Amazon.Lambda.Core's ILambdaSerializer: turns the invoke payload into the handler's input and its result back.</summary>
    public interface ILambdaSerializer
    {
        T Deserialize<T>(Stream requestStream);
        void Serialize<T>(T response, Stream responseStream);
    }
}
