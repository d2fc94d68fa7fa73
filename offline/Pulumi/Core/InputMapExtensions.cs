namespace Pulumi
{
    public static class InputMapExtensions
    {
        public static void Add<T0, T1>(this InputMap<Union<T0, T1>> map, string key, Input<T0> value)
            => map.Add(key, value.Apply(Union<T0, T1>.FromT0));

        public static void Add<T0, T1>(this InputMap<Union<T0, T1>> map, string key, Input<T1> value)
            => map.Add(key, value.Apply(Union<T0, T1>.FromT1));
    }
}
