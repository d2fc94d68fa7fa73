namespace Pulumi
{
    public static class InputListExtensions
    {
        public static void Add<T0, T1>(this InputList<Union<T0, T1>> list, Input<T0> value)
            => list.Add(value.Apply(Union<T0, T1>.FromT0));

        public static void Add<T0, T1>(this InputList<Union<T0, T1>> list, Input<T1> value)
            => list.Add(value.Apply(Union<T0, T1>.FromT1));
    }
}
