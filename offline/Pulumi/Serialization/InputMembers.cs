using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Pulumi.Serialization
{
    /// <summary>
    /// The [Input] fields and properties of an args class, including private backing fields (generated
    /// code puts the attribute on <c>private InputList&lt;T&gt;? _items</c>) and those of base classes.
    /// </summary>
    internal sealed class InputMembers
    {
        private static readonly ConcurrentDictionary<Type, IReadOnlyList<InputMembers>> Cache = new();

        private readonly Func<object, object?> _getter;

        private InputMembers(string memberName, InputAttribute attribute, Func<object, object?> getter)
        {
            MemberName = memberName;
            Attribute = attribute;
            _getter = getter;
        }

        public string MemberName { get; }

        public InputAttribute Attribute { get; }

        public object? GetValue(object args) => _getter(args);

        public static IReadOnlyList<InputMembers> Of(Type type)
            => Cache.GetOrAdd(type, Discover);

        private static IReadOnlyList<InputMembers> Discover(Type type)
        {
            const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            var members = new List<InputMembers>();
            var seen = new HashSet<string>();
            for (var current = type; current != null && current != typeof(object); current = current.BaseType)
            {
                foreach (var field in current.GetFields(flags))
                {
                    var attribute = field.GetCustomAttribute<InputAttribute>();
                    if (attribute != null && seen.Add(attribute.Name))
                    {
                        members.Add(new InputMembers(field.Name, attribute, field.GetValue));
                    }
                }

                foreach (var property in current.GetProperties(flags))
                {
                    var attribute = property.GetCustomAttribute<InputAttribute>();
                    if (attribute != null && property.GetMethod != null && seen.Add(attribute.Name))
                    {
                        members.Add(new InputMembers(property.Name, attribute, property.GetValue));
                    }
                }
            }

            return members.OrderBy(m => m.Attribute.Name, StringComparer.Ordinal).ToList();
        }
    }
}
