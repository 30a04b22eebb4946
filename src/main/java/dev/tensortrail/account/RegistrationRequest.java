package dev.tensortrail.account;

/** What a person types into the registration form. */
public record RegistrationRequest(String email, String displayName, String password) {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int PASSWORD_MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int PASSWORD_MAX_LENGTH = PasswordPolicy.MAX_LENGTH;
}
