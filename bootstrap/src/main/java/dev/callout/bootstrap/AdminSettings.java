package dev.callout.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The first admin ({@code callout.admin.*}, see {@link FirstAdmin}); the name defaults to Administrator. */
@ConfigurationProperties("callout.admin")
public class AdminSettings {

    private String email;
    private String password = "";
    private String name = "Administrator";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
