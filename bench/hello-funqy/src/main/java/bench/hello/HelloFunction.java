package bench.hello;

import io.quarkus.funqy.Funq;

public class HelloFunction {

    @Funq("hello")
    public String hello() {
        return "hello";
    }
}
