import { Box, Typography } from '@mui/material';
import { Login, LoginForm } from 'react-admin';

/** react-admin's sign-in screen, with the name of the product and of the agency above the form. */
export function TrajectLogin() {
  return (
    <Login>
      <Box component="header" sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          Traject
        </Typography>
        <Typography variant="body2" color="text.secondary">
          hub.brussels
        </Typography>
      </Box>
      <LoginForm />
    </Login>
  );
}
