package ma.remacto.projects.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A decimal amount as text ("25000.00", "5.83"): digits, at most two after the point, not negative unless
 * {@link #signed()}. Amounts travel as text so no binary floating point ever touches dirhams or weights.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Decimal.Validator.class)
public @interface Decimal {

    String message() default "{validation.Decimal}";

    boolean signed() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Decimal, String> {

        private static final Pattern UNSIGNED = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
        private static final Pattern SIGNED = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");

        private Pattern pattern;

        @Override
        public void initialize(Decimal annotation) {
            pattern = annotation.signed() ? SIGNED : UNSIGNED;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || pattern.matcher(value.strip()).matches();
        }
    }
}
