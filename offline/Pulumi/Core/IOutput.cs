using System;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>Untyped view of an <see cref="Output{T}"/>, for code that walks values by reflection.</summary>
    internal interface IOutput
    {
        Type ValueType { get; }

        Task<OutputData<object?>> GetDataAsync();

        Task<ImmutableHashSet<Resource>> GetResourcesAsync();
    }

    /// <summary>Untyped view of an <see cref="Input{T}"/>.</summary>
    internal interface IInput
    {
        IOutput ToOutput();
    }
}
