namespace Pulumi
{
    /// <summary>An input whose value is either a <typeparamref name="T0"/> or a <typeparamref name="T1"/>.</summary>
    public sealed class InputUnion<T0, T1> : Input<Union<T0, T1>>
    {
        public InputUnion()
            : this(Output.Create(default(Union<T0, T1>)))
        {
        }

        private InputUnion(Output<Union<T0, T1>> output)
            : base(output)
        {
        }

        public static implicit operator InputUnion<T0, T1>(T0 value) => new InputUnion<T0, T1>(Output.Create(Union<T0, T1>.FromT0(value)));

        public static implicit operator InputUnion<T0, T1>(T1 value) => new InputUnion<T0, T1>(Output.Create(Union<T0, T1>.FromT1(value)));

        public static implicit operator InputUnion<T0, T1>(Union<T0, T1> value) => new InputUnion<T0, T1>(Output.Create(value));

        public static implicit operator InputUnion<T0, T1>(Output<T0> value) => new InputUnion<T0, T1>(value.Apply(Union<T0, T1>.FromT0));

        public static implicit operator InputUnion<T0, T1>(Output<T1> value) => new InputUnion<T0, T1>(value.Apply(Union<T0, T1>.FromT1));

        public static implicit operator InputUnion<T0, T1>(Output<Union<T0, T1>> value) => new InputUnion<T0, T1>(value);
    }
}
