package org.customergroups.sandbox.wiring;

import org.junit.jupiter.api.Test;

import javax.inject.Inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConstructorInjectorTest {

    public interface Greeting {
        String text();
    }

    public record Hello(String text) implements Greeting {
    }

    public static final class Annotated {
        final Greeting greeting;

        public Annotated() {
            this.greeting = null;
        }

        @Inject
        public Annotated(Greeting greeting) {
            this.greeting = greeting;
        }
    }

    public static final class OnePublic {
        final Greeting greeting;
        final Integer number;

        public OnePublic(Greeting greeting, Integer number) {
            this.greeting = greeting;
            this.number = number;
        }
    }

    public static final class TwoPublic {
        public TwoPublic() {
        }

        public TwoPublic(Greeting greeting) {
        }
    }

    private final Hello hello = new Hello("hi");
    private final ConstructorInjector injector = new ConstructorInjector(new Components().add(hello).add(42));

    @Test
    void usesTheInjectConstructorAndResolvesByAssignableType() {
        assertSame(hello, injector.create(Annotated.class).greeting);
    }

    @Test
    void usesTheOnlyPublicConstructor() {
        OnePublic created = injector.create(OnePublic.class);
        assertSame(hello, created.greeting);
        assertEquals(42, created.number);
    }

    @Test
    void refusesAmbiguousConstructorsAndMissingComponents() {
        assertThrows(IllegalStateException.class, () -> injector.create(TwoPublic.class));
        ConstructorInjector empty = new ConstructorInjector(new Components());
        assertThrows(IllegalStateException.class, () -> empty.create(Annotated.class));
    }

    @Test
    void refusesTwoCandidatesForOneType() {
        Components two = new Components().add(hello).add(new Hello("again"));
        assertThrows(IllegalStateException.class, () -> two.get(Greeting.class));
    }
}
