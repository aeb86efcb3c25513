{{- define "remacto-service.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "remacto-service.fullname" . }}
  labels:
    {{- include "remacto-service.labels" . | nindent 4 }}
  {{- with .Values.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ .Values.service.type }}
  selector:
    {{- include "remacto-service.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.port }}
      targetPort: http
      protocol: TCP
{{- end -}}
