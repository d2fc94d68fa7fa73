namespace Pulumi
{
    /// <summary>
    /// A property input of a resource: either a plain value or an <see cref="Output{T}"/> of another
    /// resource. Every input converts to an output; the resource waits for it before it registers.
    /// </summary>
    public class Input<T> : IInput
    {
        private readonly Output<T> _outputValue;

        private protected Input(Output<T> outputValue)
        {
            _outputValue = outputValue;
        }

        public static implicit operator Input<T>(T value)
            => new Input<T>(Output.Create(value));

        public static implicit operator Input<T>(Output<T> value)
            => new Input<T>(value);

        public static implicit operator Output<T>(Input<T> input)
            => input.ToOutput();

        /// <summary>Collections build their output from their current items, so they override this.</summary>
        private protected virtual Output<T> CurrentOutput() => _outputValue;

        internal Output<T> ToOutput() => CurrentOutput();

        IOutput IInput.ToOutput() => CurrentOutput();
    }
}
