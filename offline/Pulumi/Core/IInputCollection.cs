using System.Collections.Generic;

namespace Pulumi
{
    /// <summary>
    /// How <see cref="InputList{T}"/> and <see cref="InputMap{TValue}"/> expose their parts to the
    /// serializer, so that an unknown item makes only that item unknown (as in the real SDK since 3.73),
    /// not the whole collection.
    /// </summary>
    internal interface IInputCollection
    {
        /// <summary>
        /// The parts in order. Key is null for list items; an item whose <c>IsMany</c> is true is an output
        /// of a whole list (or dictionary) whose elements are spliced in.
        /// </summary>
        IEnumerable<(string? Key, IOutput Output, bool IsMany)> Parts { get; }

        bool IsMap { get; }
    }
}
