package org.tawasul;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.SpringApplication;

@SpringBootApplication
public class TawasulApplication {
    public static void main(String[] args) {
        SpringApplication.run(TawasulApplication.class, args);
    }
}
